package app.receipts.install;

import app.receipts.Config;
import com.slack.api.Slack;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** What installing into many workspaces needs: the token store and Bolt's two OAuth services. */
record MultiWorkspace(
    InstallationStore store, JdbiInstallationService installations, JdbiOAuthStateService states) {

  /**
   * Fails with {@link TokenCipher.WrongKeyException} when RECEIPTS_ENCRYPTION_KEY does not open the
   * tokens already stored.
   */
  static MultiWorkspace open(Config.OAuth oauth, Slack slack, Jdbi jdbi, Clock clock) {
    InstallationStore store =
        new InstallationStore(jdbi, TokenCipher.fromBase64(oauth.encryptionKey()), clock);
    store.checkKey();
    TokenRefresher refresher =
        new TokenRefresher(store, slack.methods(), oauth.clientId(), oauth.clientSecret(), clock);
    return new MultiWorkspace(
        store,
        new JdbiInstallationService(store, refresher, clock),
        new JdbiOAuthStateService(jdbi, clock));
  }
}
