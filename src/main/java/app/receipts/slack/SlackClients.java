package app.receipts.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;

/** Web API clients for background work (outside a request's context), per workspace. */
public final class SlackClients {
  private final Slack slack;
  private final String botToken;

  public SlackClients(Slack slack, String botToken) {
    this.slack = slack;
    this.botToken = botToken;
  }

  public MethodsClient forTeam(String teamId) {
    return slack.methods(botToken, teamId);
  }
}
