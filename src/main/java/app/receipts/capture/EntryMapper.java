package app.receipts.capture;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

public final class EntryMapper implements RowMapper<Entry> {
  @Override
  public Entry map(ResultSet rs, StatementContext ctx) throws SQLException {
    String links = rs.getString("links");
    return new Entry(
        rs.getLong("id"),
        rs.getString("team_id"),
        rs.getString("user_id"),
        Entry.Kind.valueOf(rs.getString("kind")),
        Entry.Status.valueOf(rs.getString("status")),
        rs.getString("text"),
        rs.getString("impact"),
        rs.getString("metric"),
        Competency.fromId(rs.getString("competency")).orElse(Competency.DELIVERY),
        links == null || links.isEmpty()
            ? List.of()
            : Arrays.asList(links.split(StoredEntry.LINK_SEPARATOR)),
        LocalDate.parse(rs.getString("occurred_on")),
        rs.getString("author_user_id"),
        rs.getString("channel_id"),
        rs.getString("message_ts"),
        rs.getString("permalink"),
        rs.getString("saved_by"),
        rs.getString("note"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }
}
