package app.receipts.mydata;

import java.util.Objects;
import java.util.UUID;

/**
 * An export's db-scheduler instance id, {@code team|user|request}: the request is the Slack trigger
 * id that asked for it (so a redelivery schedules nothing more) or a random one. Built, parsed and
 * matched only here.
 */
public record ExportTaskId(String teamId, String userId, String request) {
  private static final String BAR = "|";

  public ExportTaskId {
    requireId(teamId, "team id");
    requireId(userId, "user id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("An export task id needs a request");
    }
  }

  /** The id of an export asked for by {@code slackId}, or of one of its own when that is null. */
  static ExportTaskId of(String teamId, String userId, String slackId) {
    return new ExportTaskId(
        teamId, userId, slackId == null ? UUID.randomUUID().toString() : slackId);
  }

  public String value() {
    return teamId + BAR + userId + BAR + request;
  }

  /**
   * The id read back from db-scheduler; an {@link IllegalArgumentException} if it is not one. The
   * request is the rest after the second bar, whatever Slack put in it.
   */
  public static ExportTaskId parse(String value) {
    String[] parts = value == null ? new String[0] : value.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not an export task id: " + value);
    }
    return new ExportTaskId(parts[0], parts[1], parts[2]);
  }

  /** A SQL LIKE pattern for every export id of one person. */
  static String likePerson(String teamId, String userId) {
    requireId(teamId, "team id");
    requireId(userId, "user id");
    return teamId + BAR + userId + BAR + "%";
  }

  /** A SQL LIKE pattern for every export id of one workspace. */
  public static String likeTeam(String teamId) {
    requireId(teamId, "team id");
    return teamId + BAR + "%";
  }

  /**
   * Slack's ids are letters and digits; one with a bar would read back as other parts, and one with
   * a LIKE wildcard would match other people's exports.
   */
  private static void requireId(String id, String what) {
    if (id == null || id.isEmpty() || id.contains(BAR) || id.contains("%") || id.contains("_")) {
      throw new IllegalArgumentException(
          "An export task id needs a " + what + " without '|', '%', '_'");
    }
  }
}
