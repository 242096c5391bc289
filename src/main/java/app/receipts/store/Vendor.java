package app.receipts.store;

/** The databases Receipts runs on; each has its own migration folder under db/. */
public enum Vendor {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String folder;

  Vendor(String folder) {
    this.folder = folder;
  }

  public String folder() {
    return folder;
  }

  public static Vendor of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "Unsupported DATABASE_URL (use jdbc:sqlite: or jdbc:postgresql:)");
  }
}
