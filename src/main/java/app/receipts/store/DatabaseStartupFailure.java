package app.receipts.store;

/**
 * The database cannot be used as it is: not a database, locked by another process, gone although
 * Receipts created it, or refusing writes. The message is one line with the cause and the fix.
 */
public final class DatabaseStartupFailure extends RuntimeException {
  DatabaseStartupFailure(String message) {
    super(message);
  }

  DatabaseStartupFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
