package app.receipts.slack;

import static com.slack.api.model.block.Blocks.asBlocks;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small views shared by features. */
public final class Views {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern BOLD =
      Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*\\S)?)\\*(?![\\w*])");

  private Views() {}

  /** A modal that only tells the user something; title is cut to Slack's 24 characters. */
  public static View notice(String title, String mrkdwn) {
    return View.builder()
        .type("modal")
        .title(title(title))
        .close(close("Close"))
        .blocks(asBlocks(BlockKit.text(SlackText.fit(mrkdwn, SlackLimits.SECTION_TEXT, ""))))
        .build();
  }

  /** Modal title, submit and close labels are cut to Slack's 24 characters. */
  public static ViewTitle title(String text) {
    return ViewTitle.builder().type("plain_text").text(Mrkdwn.truncate(text, 24)).build();
  }

  public static ViewSubmit submit(String text) {
    return ViewSubmit.builder().type("plain_text").text(Mrkdwn.truncate(text, 24)).build();
  }

  public static ViewClose close(String text) {
    return ViewClose.builder().type("plain_text").text(Mrkdwn.truncate(text, 24)).build();
  }

  /**
   * Field errors for a modal's ack: Slack draws them as plain text, so the mrkdwn our messages use
   * elsewhere would show as typed. `code` becomes “code” and *bold* plain.
   */
  public static Map<String, String> fieldErrors(Map<String, String> errors) {
    Map<String, String> plain = new LinkedHashMap<>();
    errors.forEach((block, text) -> plain.put(block, plain(text)));
    return plain;
  }

  static String plain(String mrkdwn) {
    String quoted =
        CODE.matcher(mrkdwn).replaceAll(m -> Matcher.quoteReplacement("“" + m.group(1) + "”"));
    return BOLD.matcher(quoted).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }
}
