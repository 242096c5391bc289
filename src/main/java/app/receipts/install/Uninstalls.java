package app.receipts.install;

import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace that removes Receipts, or revokes its bot token, loses its stored tokens at once. Its
 * entries stay: people may reinstall, and an admin removes them with {@code purge-team}.
 */
final class Uninstalls {
  private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

  private final Consumer<String> forgetTokens;

  /** {@code forgetTokens} deletes the workspace's stored tokens, given its team id. */
  Uninstalls(Consumer<String> forgetTokens) {
    this.forgetTokens = forgetTokens;
  }

  BoltEventHandler<AppUninstalledEvent> appUninstalled() {
    return (payload, ctx) -> {
      forget(payload.getTeamId(), "uninstalled Receipts");
      return ctx.ack();
    };
  }

  BoltEventHandler<TokensRevokedEvent> tokensRevoked() {
    return (payload, ctx) -> {
      TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
      List<String> bots = tokens == null ? null : tokens.getBot();
      // Receipts holds bot tokens only; revoked user tokens are none of ours
      if (bots != null && !bots.isEmpty()) {
        forget(payload.getTeamId(), "revoked the bot token of " + String.join(",", bots));
      }
      return ctx.ack();
    };
  }

  private void forget(String teamId, String what) {
    forgetTokens.accept(teamId);
    log.info(
        "Workspace {} {}: its tokens are deleted, its data kept until purge-team", teamId, what);
  }
}
