package app.receipts.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bot's clock in the playground: wall time plus however far the person has jumped ahead, so
 * "fire the next reminder" moves the bot and its scheduler to that moment without waiting for it.
 */
final class PlayClock extends Clock {
  private final Clock wall;
  private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

  PlayClock(Clock wall) {
    this.wall = wall;
  }

  /** Jumps to {@code when} if it is still ahead; time never runs backwards. */
  void jumpTo(Instant when) {
    ahead.updateAndGet(
        a -> {
          Duration gap = Duration.between(wall.instant().plus(a), when);
          return gap.isNegative() ? a : a.plus(gap);
        });
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return wall.instant().plus(ahead.get());
  }
}
