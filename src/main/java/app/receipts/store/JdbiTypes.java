package app.receipts.store;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** How Receipts' values are stored: the same on every vendor, for every Jdbi it opens. */
final class JdbiTypes {
  private JdbiTypes() {}

  static Jdbi configured(Jdbi jdbi) {
    jdbi.installPlugin(new SqlObjectPlugin());
    // Instants are stored as UTC epoch milliseconds and dates as ISO text: both sort and compare
    // the same way on every vendor.
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.registerArgument(new LocalDateArgumentFactory());
    jdbi.registerColumnMapper(
        Instant.class,
        (rs, column, ctx) -> {
          long millis = rs.getLong(column);
          return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
    jdbi.registerColumnMapper(
        LocalDate.class,
        (rs, column, ctx) -> {
          String text = rs.getString(column);
          return text == null ? null : LocalDate.parse(text);
        });
    return jdbi;
  }

  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.BIGINT);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
    }
  }

  private static final class LocalDateArgumentFactory extends AbstractArgumentFactory<LocalDate> {
    LocalDateArgumentFactory() {
      super(Types.VARCHAR);
    }

    @Override
    protected Argument build(LocalDate value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setString(position, value.toString());
    }
  }
}
