package app.receipts.rules;

import java.util.Set;

/** Bare words that are not subcommands but ask for one: "stats" wants help, "undo" wants delete. */
final class CommandWords {
  static final Set<String> HELP_WORDS =
      Set.of(
          "stats",
          "settings",
          "config",
          "configure",
          "status",
          "setup",
          "options",
          "prefs",
          "preferences",
          "menu",
          "commands",
          "usage",
          "info",
          "about",
          "start",
          "hello",
          "hi",
          "?",
          "-h",
          "--help",
          "man",
          "docs",
          "manual",
          "howto",
          "how-to",
          "settings?",
          "stat",
          "statistics",
          "profile",
          "account",
          "show",
          "view",
          "ls",
          "h",
          "hep",
          "halp",
          "test",
          "testing",
          "ping",
          "hey",
          "version");

  static final Set<String> DELETE_WORDS = Set.of("undo", "remove", "rm", "del", "revert");

  private CommandWords() {}
}
