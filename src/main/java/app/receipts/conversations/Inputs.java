package app.receipts.conversations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What the person typed into a modal, as the request row keeps it for the job: the disputed points,
 * the manager and the growth area they name (rebuttal), or the company's goals and the ask (bonus).
 * Empty lists, never null; a row stored before {@code growth} existed reads it as null.
 */
record Inputs(
    List<String> points, String managerId, List<String> goals, String ask, String growth) {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  Inputs {
    points = points == null ? List.of() : List.copyOf(points);
    goals = goals == null ? List.of() : List.copyOf(goals);
  }

  static Inputs rebuttal(List<String> points, String managerId) {
    return rebuttal(points, managerId, null);
  }

  static Inputs rebuttal(List<String> points, String managerId, String growth) {
    return new Inputs(points, managerId, List.of(), null, growth);
  }

  static Inputs bonus(List<String> goals, String ask) {
    return new Inputs(List.of(), null, goals, ask, null);
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a request's inputs", e);
    }
  }

  static Inputs fromJson(String json) {
    try {
      return JSON.readValue(json, Inputs.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A request's stored inputs are unreadable", e);
    }
  }
}
