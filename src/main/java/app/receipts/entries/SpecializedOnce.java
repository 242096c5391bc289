package app.receipts.entries;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A row mapper that matches columns to its record's components once per column layout instead of
 * once per query. Jdbi's constructor mapper looks up every component's column and column mapper for
 * each result set; for a ten-row list that was most of the read's cost. The bound mapper it builds
 * keeps no state between rows, so one serves every query of the same columns.
 */
final class SpecializedOnce<T> implements RowMapper<T> {
  private record Bound<T>(List<String> columns, RowMapper<T> mapper) {}

  private final RowMapper<T> mapper;
  private volatile Bound<T> bound;

  SpecializedOnce(RowMapper<T> mapper) {
    this.mapper = mapper;
  }

  /** False until a first query has bound the columns: that query needs the column mappers. */
  boolean bound() {
    return bound != null;
  }

  @Override
  public T map(ResultSet rs, StatementContext ctx) throws SQLException {
    return specialize(rs, ctx).map(rs, ctx);
  }

  @Override
  public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
    List<String> columns = columns(rs.getMetaData());
    Bound<T> known = bound;
    if (known != null && known.columns().equals(columns)) {
      return known.mapper();
    }
    RowMapper<T> specialized = mapper.specialize(rs, ctx);
    bound = new Bound<>(columns, specialized);
    return specialized;
  }

  private static List<String> columns(ResultSetMetaData meta) throws SQLException {
    List<String> columns = new ArrayList<>(meta.getColumnCount());
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    return columns;
  }
}
