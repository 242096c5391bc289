package app.receipts.reminders;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapperFactory;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The one read App Home makes of reminders on every publish. On demand, Jdbi attaches a SqlObject's
 * whole interface for each call, copying its configuration once per method: one method here against
 * {@link ReminderDao}'s thirteen.
 */
@RegisterConstructorMapper(ReminderSettings.class)
@RegisterColumnMapperFactory(ScheduleColumns.class)
interface SettingsReads {
  @SqlQuery(ReminderDao.FIND)
  Optional<ReminderSettings> find(String teamId, String userId);
}
