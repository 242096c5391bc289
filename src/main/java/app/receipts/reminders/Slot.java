package app.receipts.reminders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder occasion: when it fires, the local day it belongs to, and a key that names it across
 * restarts, instances and timezone refreshes.
 */
public record Slot(Instant at, LocalDate localDate, SlotKey key) {}
