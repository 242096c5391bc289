package app.receipts.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/** The data source, migrations and Jdbi, for SQLite (default) or PostgreSQL. */
public final class Database {
  /** How often the log is copied back into an SQLite file, off the commit path. */
  private static final long CHECKPOINT_EVERY_MILLIS = 20;

  /** Connections for reads besides the writer's: WAL lets them run while it commits. */
  private static final int SQLITE_READERS = 4;

  private final DataSource dataSource;
  private final DataSource readSource;
  private final Jdbi jdbi;
  private final Jdbi reads;
  private final Vendor vendor;
  private WalCheckpointer checkpointer;
  private StorageHealth health;

  private Database(DataSource dataSource, DataSource readSource, Vendor vendor) {
    this.dataSource = dataSource;
    this.readSource = readSource;
    this.vendor = vendor;
    this.jdbi = JdbiTypes.configured(Jdbi.create(dataSource));
    if (vendor == Vendor.SQLITE) {
      jdbi.installPlugin(new WriterBusyTimeout(() -> health == null || health.writable()));
    }
    this.reads = readSource == dataSource ? jdbi : JdbiTypes.configured(Jdbi.create(readSource));
  }

  public static Database open(String jdbcUrl) {
    Vendor vendor = Vendor.of(jdbcUrl);
    if (vendor == Vendor.POSTGRESQL) {
      DataSource pool = postgresql(jdbcUrl);
      migrate(pool, vendor);
      Database database = new Database(pool, pool, vendor);
      database.health = StartupChecks.afterMigrate(database, Optional.empty());
      return database;
    }
    SQLiteDataSource file = sqliteFile(jdbcUrl);
    Optional<SqliteFile> onDisk = SqliteFile.of(jdbcUrl);
    onDisk.ifPresent(StartupChecks::beforeOpen);
    DataSource writer = pooled(file, "receipts-sqlite", 1, false);
    migrate(writer, vendor);
    // an in-memory database is one connection's own: a second one would see another database
    DataSource readers =
        inMemory(jdbcUrl) ? writer : pooled(file, "receipts-sqlite-reads", SQLITE_READERS, true);
    Database database = new Database(writer, readers, vendor);
    if (!inMemory(jdbcUrl)) {
      database.checkpointer = WalCheckpointer.start(file, CHECKPOINT_EVERY_MILLIS);
    }
    database.health = StartupChecks.afterMigrate(database, onDisk);
    return database;
  }

  /** For offline commands: the database, or null after telling {@code err} why it won't open. */
  public static Database openForCommand(String jdbcUrl, PrintStream err) {
    try {
      return open(jdbcUrl);
    } catch (RuntimeException e) {
      err.println("Cannot open the database " + jdbcUrl + ": " + e.getMessage());
      return null;
    }
  }

  private static SQLiteDataSource sqliteFile(String jdbcUrl) {
    createParentFolder(jdbcUrl);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(WriterBusyTimeout.WHILE_WORKING_MILLIS);

    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setPragma(
        SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT,
        Integer.toString(WalCheckpointer.WRITER_CHECKPOINT_PAGES));
    if (SqliteFile.of(jdbcUrl).isPresent()) {
      // StartupChecks creates the file: a reconnect must fail, not recreate a deleted one empty
      config.resetOpenMode(SQLiteOpenMode.CREATE);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(jdbcUrl);
    return dataSource;
  }

  /**
   * SQLite takes one writer at a time; several writing connections only make writers collide in
   * busy_timeout's sleeps, so writes share one connection, handed out in turn, and reads (packets,
   * exports, App Home) have their own so that a long one never holds up an ack.
   */
  private static DataSource pooled(
      SQLiteDataSource dataSource, String name, int size, boolean readOnly) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(dataSource);
    pool.setPoolName(name);
    pool.setMaximumPoolSize(size);
    pool.setMinimumIdle(1);
    if (readOnly) {
      pool.setConnectionInitSql("PRAGMA query_only = ON");
    }
    return new HikariDataSource(pool);
  }

  private static DataSource postgresql(String jdbcUrl) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setPoolName("receipts-postgresql");
    pool.setMaximumPoolSize(10);
    // Hikari's default keeps all ten open from the start: ten server processes per instance that
    // an idle bot never uses; the pool still grows to ten under load and shrinks when it ends
    pool.setMinimumIdle(2);
    return new HikariDataSource(pool);
  }

  private static boolean inMemory(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    return path.isBlank() || path.startsWith(":memory:") || path.contains("mode=memory");
  }

  private static void createParentFolder(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = path.indexOf('?');
    String file = query >= 0 ? path.substring(0, query) : path;
    if (inMemory(jdbcUrl) || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the database folder " + parent, e);
    }
  }

  private static void migrate(DataSource dataSource, Vendor vendor) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/" + vendor.folder())
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Jdbi for reads that may take a while (a packet's history, an export, App Home): on SQLite its
   * own connections, which see every committed write and never wait for the writer.
   */
  public Jdbi reads() {
    return reads;
  }

  public Vendor vendor() {
    return vendor;
  }

  /** Whether a win can be stored now, and why not (cached, cheap to ask on every request). */
  public StorageHealth storage() {
    return health;
  }

  public void close() {
    if (health != null) {
      health.close();
    }
    if (checkpointer != null) {
      checkpointer.close();
    }
    if (readSource != dataSource && readSource instanceof AutoCloseable readers) {
      try {
        readers.close();
      } catch (Exception e) {
        throw new IllegalStateException("Closing the database failed", e);
      }
    }
    if (dataSource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("Closing the database failed", e);
      }
    }
  }
}
