package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code actions} entry of a block_actions payload, built from the element the bot sent (its
 * type, value and options) and what the person picked: the page cannot make up an element.
 */
final class Elements {
  private Elements() {}

  static Optional<ObjectNode> action(JsonNode blocks, JsonNode chosen, Clock wall) {
    String blockId = chosen.path("block_id").asText();
    String actionId = chosen.path("action_id").asText();
    return find(blocks, blockId, actionId).map(e -> describe(e, blockId, chosen, wall));
  }

  private static Optional<JsonNode> find(JsonNode blocks, String blockId, String actionId) {
    for (JsonNode block : blocks) {
      if (!block.path("block_id").asText().equals(blockId)) {
        continue;
      }
      List<JsonNode> candidates = new ArrayList<>();
      candidates.add(block.path("accessory"));
      candidates.add(block.path("element"));
      block.path("elements").forEach(candidates::add);
      for (JsonNode element : candidates) {
        if (element.path("action_id").asText().equals(actionId)) {
          return Optional.of(element);
        }
      }
    }
    return Optional.empty();
  }

  private static ObjectNode describe(
      JsonNode element, String blockId, JsonNode chosen, Clock wall) {
    String type = element.path("type").asText();
    ObjectNode action = Surfaces.JSON.createObjectNode();
    action.put("type", type).put("block_id", blockId);
    action.put("action_id", element.path("action_id").asText());
    Instant now = wall.instant();
    action.put(
        "action_ts", now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000));
    switch (type) {
      case "button" -> {
        action.set("text", element.path("text"));
        if (element.has("value")) {
          action.set("value", element.path("value"));
        }
        if (element.has("style")) {
          action.set("style", element.path("style"));
        }
      }
      case "overflow", "static_select", "radio_buttons" ->
          option(element, chosen.path("value").asText())
              .ifPresent(o -> action.set("selected_option", o));
      case "checkboxes", "multi_static_select" -> {
        ArrayNode picked = action.putArray("selected_options");
        chosen.path("values").forEach(v -> option(element, v.asText()).ifPresent(picked::add));
      }
      case "datepicker" -> action.put("selected_date", chosen.path("value").asText(null));
      case "timepicker" -> action.put("selected_time", chosen.path("value").asText(null));
      case "users_select" -> action.put("selected_user", chosen.path("value").asText(null));
      default -> {
        // other elements report only which one it was
      }
    }
    return action;
  }

  /**
   * A view's state.values as Slack nests it (block id, action id, value object) from what the page
   * says each input holds: {@code raw} maps block id to action id to a string or a list.
   */
  static ObjectNode state(JsonNode blocks, JsonNode raw) {
    ObjectNode values = Surfaces.JSON.createObjectNode();
    for (JsonNode block : blocks) {
      JsonNode element = block.path("element");
      if (!block.path("type").asText().equals("input") || !element.has("action_id")) {
        continue;
      }
      String blockId = block.path("block_id").asText();
      String actionId = element.path("action_id").asText();
      JsonNode given = raw == null ? null : raw.path(blockId).get(actionId);
      ObjectNode value = values.putObject(blockId).putObject(actionId);
      String type = element.path("type").asText();
      value.put("type", type);
      String text =
          given == null || given.isNull() || given.asText().isEmpty() ? null : given.asText();
      switch (type) {
        case "static_select", "radio_buttons" ->
            value.set("selected_option", text == null ? null : option(element, text).orElse(null));
        case "checkboxes", "multi_static_select" -> {
          ArrayNode picked = value.putArray("selected_options");
          if (given != null) {
            given.forEach(v -> option(element, v.asText()).ifPresent(picked::add));
          }
        }
        case "datepicker" -> value.put("selected_date", text);
        case "timepicker" -> value.put("selected_time", text);
        case "users_select" -> value.put("selected_user", text);
        default -> value.put("value", text);
      }
    }
    return values;
  }

  /** The option with this value, among the element's options and option groups. */
  static Optional<JsonNode> option(JsonNode element, String value) {
    List<JsonNode> options = new ArrayList<>();
    element.path("options").forEach(options::add);
    element.path("option_groups").forEach(g -> g.path("options").forEach(options::add));
    return options.stream().filter(o -> o.path("value").asText().equals(value)).findFirst();
  }
}
