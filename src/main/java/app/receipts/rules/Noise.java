package app.receipts.rules;

import java.util.List;
import java.util.Set;

/**
 * Numbers that are not quantities: ids ("PR 812", "#4521"), versions ("Java 17", "Postgres 16"),
 * dates ("Mar 3", "2026-11-02", "2026"), times of day ("4pm", "16:00"), ordinals ("3rd") and names
 * ("phase 2").
 */
final class Noise {
  private static final Set<String> NAMES =
      Set.copyOf(
          java.util.Arrays.asList(
              ("pr prs mr issue issues ticket tickets jira bug incident inc case sev p v ver version "
                      + "release java jdk jre python py node nodejs postgres postgresql pg mysql ios "
                      + "android go golang ruby rails react angular vue kotlin scala php spring ubuntu "
                      + "debian centos rhel windows macos elasticsearch es redis terraform swift dotnet "
                      + "net gradle maven junit chrome firefox safari phase step stage sprint milestone "
                      + "tier level room iteration round part season episode gen generation epic story "
                      + "line chapter section item rule figure table option plan wave batch cohort "
                      + "api sdk http ipv oauth tls ssl es6 ecmascript python3 webpack vite next nuxt "
                      + "laravel django flask php8 openssl kernel linux iphone pixel galaxy xcode "
                      + "gpt-4 cve sql server room no number nr build run job order commit "
                      + "migration v1 v2 floor grade art article sec clause top-"
                      + " top")
                  .split(" ")));
  private static final Set<String> MONTHS =
      Set.copyOf(
          java.util.Arrays.asList(
              ("jan january feb february mar march apr april may jun june jul july aug august sep "
                      + "sept september oct october nov november dec december")
                  .split(" ")));
  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  private Noise() {}

  static boolean isNoise(List<Token> tokens, int at) {
    Token number = tokens.get(at);
    Token previous = at > 0 ? tokens.get(at - 1) : null;
    Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
    if (frequency(tokens, at)) {
      return true;
    }
    if (previous != null
        && (previous.is("every") && !changedCadence(tokens, at - 1)
            || previous.is("than")
                && at > 1
                && (tokens.get(at - 2).is("older") || tokens.get(at - 2).is("newer")))) {
      return true;
    }
    if (previous != null) {
      if (number.glued() && (previous.is("#") || previous.is("@") || previous.is("/"))) {
        return true;
      }
      if (number.glued()
          && (previous.is("-") || previous.is(".") || previous.is(":"))
          && at > 1
          && tokens.get(at - 2).isNumber()
          && previous.glued()) {
        return true;
      }
      if (NAMES.contains(previous.lower()) && number.isNumber() && !hasUnit(next)) {
        return true;
      }
      if (ProductVersions.at(tokens, at)) {
        return true;
      }
      if (previous.isWord() && MONTHS.contains(previous.lower()) && month(previous)) {
        return true;
      }
    }
    if (next != null) {
      if (statusCodes(number, next) || compound(tokens, at)) {
        return true;
      }
      if (next.glued() && ORDINALS.contains(next.lower())) {
        return true;
      }
      if (next.glued()
          && (next.is(":") || next.is("/") || next.is("-") || next.is("."))
          && at + 2 < tokens.size()
          && tokens.get(at + 2).isNumber()
          && tokens.get(at + 2).glued()) {
        return true;
      }
      if (next.is("am") || next.is("pm") || next.is("a.m") || next.is("p.m")) {
        return true;
      }
      if (next.isWord() && MONTHS.contains(next.lower()) && month(next)) {
        return true;
      }
      if (next.glued()
          && next.is("-")
          && at + 2 < tokens.size()
          && tokens.get(at + 2).isWord()
          && tokens.get(at + 2).glued()
          && Character.isUpperCase(tokens.get(at + 2).text().charAt(0))
          && tokens.get(at + 2).text().length() <= 3) {
        return true;
      }
    }
    return number.isNumber() && year(number.text()) && !hasUnit(next);
  }

  /** "double-posting on 502s", "the 404s": HTTP error statuses, not seconds. */
  /**
   * Either number of a frequency, "failed 1 in 5 runs", "1 in 10 deploys": neither is a count of
   * runs or deploys, and the rules keep no "in" ratio, so both are left out rather than shown as "5
   * runs".
   */
  private static boolean frequency(List<Token> tokens, int at) {
    int first = at + 2 < tokens.size() && tokens.get(at + 1).is("in") ? at : at - 2;
    if (first < 0 || !tokens.get(first).isNumber() || !tokens.get(first + 1).is("in")) {
      return false;
    }
    int second = first + 2;
    if (second >= tokens.size() || !tokens.get(second).isNumber()) {
      return false;
    }
    // "closed 12 in 3 days": the second number has a unit, so it is the span, not "out of"
    return !hasUnit(second + 1 < tokens.size() ? tokens.get(second + 1) : null);
  }

  private static boolean statusCodes(Token number, Token next) {
    if (!number.isNumber() || !next.glued() || !next.is("s") || number.text().length() != 3) {
      return false;
    }
    char first = number.text().charAt(0);
    return (first == '4' || first == '5') && number.text().chars().allMatch(Character::isDigit);
  }

  /** "1-star reviews", "3-node cluster", "2-factor": a number and a singular noun name a kind. */
  private static boolean compound(List<Token> tokens, int at) {
    if (at + 3 >= tokens.size()
        || !tokens.get(at).text().chars().allMatch(Character::isDigit)
        || !tokens.get(at + 1).is("-")
        || !tokens.get(at + 1).glued()) {
      return false;
    }
    Token word = tokens.get(at + 2);
    Token after = tokens.get(at + 3);
    return word.isWord()
        && word.glued()
        && word.lower().length() > 2
        && Units.unit(word.lower()) == null
        && Units.scale(word.lower()) == null
        && !Nouns.plural(word)
        && after.isWord()
        && !Nouns.STOP.contains(after.lower());
  }

  /** A month ("Oct", "March"), a quarter or half ("Q3", "H2") or a year ("2026"). */
  static boolean dateWord(Token t) {
    String w = t.lower();
    if (t.isWord()) {
      return MONTHS.contains(w) && month(t)
          || w.length() == 2
              && (w.charAt(0) == 'q' || w.charAt(0) == 'h')
              && w.charAt(1) >= '1'
              && w.charAt(1) <= '4';
    }
    return t.isNumber() && year(t.text());
  }

  /** Names that take a version: "Node 18", "Postgres 16". */
  static boolean named(Token word) {
    return NAMES.contains(word.lower());
  }

  /** "may" and "march" are months only when capitalised. */
  private static boolean month(Token word) {
    return !(word.is("may") || word.is("march")) || Character.isUpperCase(word.text().charAt(0));
  }

  static boolean hasUnit(Token next) {
    return next != null
        && (Units.unit(next.lower()) != null || next.is("k"))
        && (next.glued() || next.text().length() > 1);
  }

  private static boolean year(String text) {
    if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int value = Integer.parseInt(text);
    return value >= 1990 && value <= 2039;
  }

  /** "from every 4 weeks to every 2": an interval that changed, not a routine's cadence. */
  static boolean changedCadence(List<Token> tokens, int every) {
    if (every == 0) {
      return false;
    }
    Token before = tokens.get(every - 1);
    if (before.is("from")) {
      return true;
    }
    for (int i = every + 2; i + 1 < tokens.size() && i <= every + 5; i++) {
      if (tokens.get(i).is("to") && tokens.get(i + 1).is("every")) {
        // "went from shipping every 4 weeks to every week"
        return true;
      }
    }
    if (before.is("to")) {
      for (int i = every - 2; i >= 0 && i >= every - 6; i--) {
        if (tokens.get(i).is("every")) {
          return true;
        }
      }
    }
    return comparedCadence(tokens, every);
  }

  /** Words that set one cadence against another between two "every". */
  private static final java.util.Set<String> CADENCE_COMPARISON =
      java.util.Set.of("instead", "rather", "vs", "versus", "compared", "used");

  /**
   * "every 60 s instead of every 15 min", "every week now, it used to be every 3 weeks": two
   * cadences in one sentence with a comparison between them.
   */
  private static boolean comparedCadence(List<Token> tokens, int every) {
    for (int dir = -1; dir <= 1; dir += 2) {
      boolean compared = false;
      for (int i = every + dir; i >= 0 && i < tokens.size() && Math.abs(i - every) <= 8; i += dir) {
        Token t = tokens.get(i);
        if (t.is(".") || t.is("!") || t.is("?") || t.is(";")) {
          break;
        }
        if (CADENCE_COMPARISON.contains(t.lower())) {
          compared = true;
        }
        if (t.is("every")) {
          if (compared) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }
}
