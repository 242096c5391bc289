package app.receipts.mydata;

import app.receipts.entries.Entry;
import app.receipts.rules.Metric;
import app.receipts.slack.SlackMarkup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** The export's two files; the JSON schema is documented in docs/export-schema.md. */
final class ExportFormats {
  static final String SCHEMA = "receipts.export/v1";
  private static final List<String> COLUMNS =
      List.of(
          "id",
          "kind",
          "status",
          "occurred_on",
          "competency",
          "text",
          "impact",
          "metric",
          "links",
          "author_user_id",
          "channel_id",
          "message_ts",
          "permalink",
          "saved_by",
          "note",
          "created_at",
          "updated_at",
          "readable_text",
          "author_name");
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final BiFunction<String, String, String> names;

  /** Without Slack: people praise mentions show as their Slack ids. */
  ExportFormats() {
    this((teamId, userId) -> userId);
  }

  /** {@code names} gives a person's display name from team and user id. */
  ExportFormats(BiFunction<String, String, String> names) {
    this.names = names;
  }

  /**
   * Praise as a person reads it (@Display Name, #channel, "label (url)", entities decoded, emoji);
   * a win's text as typed.
   */
  private String readable(String teamId, Entry e) {
    if (e.kind() != Entry.Kind.PRAISE) {
      return e.text();
    }
    return SlackMarkup.readable(e.text(), id -> names.apply(teamId, id));
  }

  String json(String teamId, String userId, Instant exportedAt, List<Entry> entries) {
    return json(teamId, userId, exportedAt, entries, Map.of());
  }

  /** {@code metrics}: the entries' metrics as data, by entry id; an entry without any has []. */
  String json(
      String teamId,
      String userId,
      Instant exportedAt,
      List<Entry> entries,
      Map<Long, List<Metric>> metrics) {
    ObjectNode root =
        json.createObjectNode()
            .put("schema", SCHEMA)
            .put("team_id", teamId)
            .put("user_id", userId)
            .put("exported_at", exportedAt.toString());
    ArrayNode list = root.putArray("entries");
    for (Entry e : entries) {
      ObjectNode node =
          list.addObject()
              .put("id", e.id())
              .put("kind", e.kind().name().toLowerCase())
              .put("status", e.status().name().toLowerCase())
              .put("occurred_on", e.occurredOn().toString())
              .put("competency", e.competency().id())
              .put("text", e.text())
              .put("readable_text", readable(teamId, e))
              .put("impact", e.impact())
              .put("metric", e.metric())
              .put("author_user_id", e.authorUserId())
              .put(
                  "author_name",
                  e.authorUserId() == null ? null : names.apply(teamId, e.authorUserId()))
              .put("channel_id", e.channelId())
              .put("message_ts", e.messageTs())
              .put("permalink", e.permalink())
              .put("saved_by", e.savedBy())
              .put("note", e.note())
              .put("created_at", e.createdAt().toString())
              .put("updated_at", e.updatedAt().toString());
      ArrayNode links = node.putArray("links");
      e.links().forEach(links::add);
      ArrayNode measured = node.putArray("metrics");
      metrics.getOrDefault(e.id(), List.of()).forEach(m -> metric(measured.addObject(), m));
    }
    try {
      return json.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the export", e);
    }
  }

  private static void metric(ObjectNode node, Metric m) {
    node.put("subject", m.subject())
        .put("before", m.before())
        .put("after", m.after())
        .put("delta", m.delta())
        .put("value", m.value())
        .put("dimension", m.dimension().id())
        .put("unit", m.unit())
        .put("direction", m.direction() == null ? null : lower(m.direction()))
        .put("period", m.period() == null ? null : m.period().id())
        .put("bound", m.bound() == null ? null : lower(m.bound()))
        .put("display", m.display());
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /**
   * RFC 4180 CSV with a UTF-8 byte order mark so spreadsheets read accents and emoji; every field
   * quoted; cells that a spreadsheet would run as a formula start with a quote mark. The readable
   * text and the author's name come last, so the columns scripts read by position stay where they
   * were.
   */
  String csv(String teamId, List<Entry> entries) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    row(csv, COLUMNS);
    for (Entry e : entries) {
      row(
          csv,
          List.of(
              Long.toString(e.id()),
              e.kind().name().toLowerCase(),
              e.status().name().toLowerCase(),
              e.occurredOn().toString(),
              e.competency().id(),
              text(e.text()),
              text(e.impact()),
              text(e.metric()),
              String.join(" ", e.links()),
              text(e.authorUserId()),
              text(e.channelId()),
              text(e.messageTs()),
              text(e.permalink()),
              text(e.savedBy()),
              text(e.note()),
              e.createdAt().toString(),
              e.updatedAt().toString(),
              text(readable(teamId, e)),
              text(e.authorUserId() == null ? null : names.apply(teamId, e.authorUserId()))));
    }
    return csv.toString();
  }

  private static String text(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
    }
    csv.append("\r\n");
  }
}
