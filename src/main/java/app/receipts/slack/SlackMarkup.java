package app.receipts.slack;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fellbaum.jemoji.EmojiManager;

/**
 * Message text as Slack sends it ({@code <@U…>}, {@code <#C…|name>}, {@code <https://…|label>},
 * {@code <!here>}, and {@code &amp;}/{@code &lt;}/{@code &gt;}), rendered for where it is shown.
 */
public final class SlackMarkup {
  private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

  /** Slack's *bold*: asterisks hugging text, not inside a word, one line, not doubled. */
  private static final Pattern BOLD =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}*\\\\])\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*(?![\\p{L}\\p{N}*])");

  /**
   * Slack's _italic_, stricter than bold since underscores are common outside emphasis: it opens
   * only at the start, after a space, an opening mark or bold's asterisk, and closes only before
   * the end, a space, closing punctuation or an asterisk; so snake_case, __dunder__, ^_^ and
   * /srv/_build_/out stay as typed.
   */
  private static final Pattern ITALIC =
      Pattern.compile(
          "(?<=^|[\\s(\\[\"'“‘*])_(?=[^\\s_])([^_\\n]*?[^\\s_])_(?=$|[\\s.,;:!?)\\]\"'”’*-])");

  private static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+'-]{1,60}):");
  private static final Pattern USER = Pattern.compile("@([UW][A-Z0-9]{2,30})(?:\\|(.*))?");
  private static final Pattern CHANNEL = Pattern.compile("#([CGD][A-Z0-9]{2,30})(?:\\|(.*))?");
  private static final Pattern LINK =
      Pattern.compile("((?:https?://|mailto:)[^|\\s]+)(?:\\|(.*))?");

  private SlackMarkup() {}

  /**
   * For a Slack surface: people, channels and links stay live; broadcasts ({@code <!here>}, {@code
   * <!channel>}, {@code <!everyone>}, {@code <!subteam^…>}) become plain words so that showing the
   * praise again never notifies anyone; anything else is escaped.
   */
  public static String live(String markup) {
    if (markup == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(markup.length() + 16);
    Matcher token = TOKEN.matcher(markup);
    int at = 0;
    while (token.find()) {
      plain(markup.substring(at, token.start()), out);
      String inside = token.group(1);
      if (USER.matcher(inside).matches()
          || CHANNEL.matcher(inside).matches()
          || LINK.matcher(inside).matches()) {
        out.append('<').append(inside).append('>');
      } else if (inside.startsWith("!")) {
        plain(broadcast(inside), out);
      } else {
        plain(token.group(), out);
      }
      at = token.end();
    }
    plain(markup.substring(at), out);
    return out.toString();
  }

  /**
   * For files (Markdown, PDF, export): {@code @Display Name}, {@code #channel}, links written by
   * {@code links}, entities decoded and emoji shortcodes as Unicode (unknown codes stay as
   * written). Text and names go through {@code escape} for the file's format; links do not.
   */
  public static String readable(
      String markup,
      UnaryOperator<String> userName,
      LinkStyle links,
      UnaryOperator<String> escape) {
    if (markup == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(markup.length());
    Matcher token = TOKEN.matcher(markup);
    int at = 0;
    while (token.find()) {
      out.append(escape.apply(text(markup.substring(at, token.start()))));
      String inside = token.group(1);
      Matcher user = USER.matcher(inside);
      Matcher channel = CHANNEL.matcher(inside);
      Matcher link = LINK.matcher(inside);
      if (user.matches()) {
        out.append(escape.apply("@" + userName.apply(user.group(1))));
      } else if (channel.matches()) {
        String name = channel.group(2) == null ? "channel" : text(channel.group(2));
        out.append(escape.apply("#" + name));
      } else if (link.matches()) {
        String url = decode(link.group(1));
        String label = link.group(2) == null ? url : text(link.group(2));
        out.append(links.link(url, label));
      } else if (inside.startsWith("!")) {
        out.append(escape.apply(text(broadcast(inside))));
      } else {
        out.append(escape.apply(text(token.group())));
      }
      at = token.end();
    }
    out.append(escape.apply(text(markup.substring(at))));
    return out.toString();
  }

  /** Plain readable text: links as "label (url)", nothing escaped. */
  public static String readable(String markup, UnaryOperator<String> userName) {
    return readable(
        markup,
        userName,
        (url, label) -> label.equals(url) ? url : label + " (" + url + ")",
        UnaryOperator.identity());
  }

  /**
   * {@code text} with each Slack {@code *bold*} span's asterisks replaced by {@code open} and
   * {@code close}: "" and "" for plain words, markers for a format that has its own bold. Asterisks
   * inside a word ("2*3*4") or doubled stay as typed.
   */
  static String bold(String text, String open, String close) {
    return spans(BOLD, '*', text, open, close);
  }

  /**
   * {@code text} with each Slack {@code _italic_} span's underscores replaced by {@code open} and
   * {@code close}; underscores inside a word ("new_user_flow") or doubled stay as typed.
   */
  static String italic(String text, String open, String close) {
    return spans(ITALIC, '_', text, open, close);
  }

  /**
   * Both of Slack's emphases at once, for a format that shows them (markers) or for plain words (""
   * everywhere): italic first, so bold italic ({@code *_x_*} or {@code _*x*_}) is both.
   */
  public static String emphasis(
      String text, String boldOpen, String boldClose, String italicOpen, String italicClose) {
    return bold(italic(text, italicOpen, italicClose), boldOpen, boldClose);
  }

  private static String spans(Pattern span, char mark, String text, String open, String close) {
    if (text == null || text.indexOf(mark) < 0) {
      return text;
    }
    return span.matcher(text).replaceAll(m -> Matcher.quoteReplacement(open + m.group(1) + close));
  }

  /** How {@link #readable} writes one link. */
  public interface LinkStyle {
    String link(String url, String label);
  }

  /** The Slack user ids mentioned in the markup, for looking their names up once. */
  public static java.util.Set<String> mentions(String markup) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    if (markup == null) {
      return ids;
    }
    Matcher token = TOKEN.matcher(markup);
    while (token.find()) {
      Matcher user = USER.matcher(token.group(1));
      if (user.matches()) {
        ids.add(user.group(1));
      }
    }
    return ids;
  }

  private static String broadcast(String inside) {
    String word = inside.substring(1);
    int bar = word.indexOf('|');
    String label = bar < 0 ? null : word.substring(bar + 1);
    String name = bar < 0 ? word : word.substring(0, bar);
    if (name.startsWith("subteam^")) {
      return label != null && !label.isBlank() ? label : "@team";
    }
    if (name.startsWith("date^")) {
      return label == null ? "" : label;
    }
    return switch (name) {
      case "here", "channel", "everyone" -> "@" + name;
      default -> label != null ? label : "@" + name;
    };
  }

  /** Text between tokens, kept safe for mrkdwn: entities stay, a bare &, < or > is escaped. */
  private static void plain(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        Matcher entity = ENTITY.matcher(text).region(i, text.length());
        if (entity.lookingAt()) {
          out.append(entity.group());
          i = entity.end() - 1;
        } else {
          out.append("&amp;");
        }
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else {
        out.append(c);
      }
    }
  }

  private static String text(String escaped) {
    return emoji(decode(escaped));
  }

  private static String decode(String escaped) {
    return escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** {@code :tada:} → 🎉 by Slack's own aliases; a code no emoji has stays as written. */
  static String emoji(String text) {
    if (text.indexOf(':') < 0) {
      return text;
    }
    Matcher code = SHORTCODE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (code.find()) {
      String unicode =
          EmojiManager.getBySlackAlias(code.group())
              .or(() -> EmojiManager.getBySlackAlias(code.group(1)))
              .map(e -> e.getEmoji())
              .orElse(code.group());
      code.appendReplacement(out, Matcher.quoteReplacement(unicode));
    }
    code.appendTail(out);
    return out.toString();
  }
}
