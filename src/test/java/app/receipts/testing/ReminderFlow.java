package app.receipts.testing;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A fresh app with its reminders driven by hand for each test of a reminder flow: the app on {@link
 * TestApp#START} with the class's extra environment (its PostgreSQL twin adds a database), and a
 * {@link ReminderClock} on it, both handed to the test's {@code @BeforeEach} or test methods as
 * parameters. A fresh app each time, because these tests move the shared clock through weeks and a
 * reminder left by one test would be due in the next. The app is closed after the test, which also
 * checks every call against Slack's rules.
 *
 * <pre>
 * &#64;RegisterExtension final ReminderFlow flow = new ReminderFlow(this::env);
 * </pre>
 */
public final class ReminderFlow
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final Supplier<Map<String, String>> env;
  private TestApp app;
  private ReminderClock reminders;

  /** {@code env} is read as each test starts, so a subclass's override decides. */
  public ReminderFlow(Supplier<Map<String, String>> env) {
    this.env = env;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    app = TestApp.start(env.get());
    reminders = new ReminderClock(app);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      app = null;
      reminders = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestApp.class || type == ReminderClock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestApp.class ? app : reminders;
  }
}
