package app.receipts.reminders;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * How a schedule's days ("MONDAY,THURSDAY") and time of day ("16:00") are read, both stored as
 * text, so {@link ReminderSchedule} itself is mapped as it is. Public because Jdbi builds it
 * reflectively from the DAOs' annotations.
 */
public final class ScheduleColumns implements ColumnMapperFactory {
  public ScheduleColumns() {}

  @Override
  public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
    if (type == LocalTime.class) {
      // stored as text ("16:00") on both vendors, not as the SQL TIME Jdbi would read by default
      return Optional.of((rs, column, ctx) -> LocalTime.parse(rs.getString(column)));
    }
    if (isDaySet(type)) {
      return Optional.of((rs, column, ctx) -> ReminderSchedule.parseDays(rs.getString(column)));
    }
    return Optional.empty();
  }

  private static boolean isDaySet(Type type) {
    return type instanceof ParameterizedType set
        && set.getRawType() == Set.class
        && set.getActualTypeArguments()[0] == DayOfWeek.class;
  }
}
