package app.receipts.conversations;

import app.receipts.rules.Metric;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a measured win did for the company, read from its metric's dimension and the words around
 * it; checked in this order, so "error rate" is reliability before it is anything else. Each
 * outcome's words name the outcome itself, never the product area it happened in: "checkout" or
 * "customers" is not revenue, "billing" is not a cost, "memory" is not latency, and shipping
 * something is not delivery speed unless the words say how fast (early, ahead, lead time).
 */
enum Outcome {
  COST(
      "Cost saved",
      "cost",
      "spend",
      "saving",
      "cloud",
      "aws",
      "gcp",
      "azure",
      "infra",
      "infrastructure",
      "license",
      "vendor",
      "budget"),
  REVENUE(
      "Revenue and conversion",
      "revenue",
      "conversion",
      "signup",
      "sales",
      "arr",
      "mrr",
      "booking",
      "upsell",
      "retention",
      "churn",
      "activation"),
  RELIABILITY(
      "Reliability and incidents",
      "error",
      "incident",
      "outage",
      "uptime",
      "availability",
      "reliability",
      "crash",
      "flaky",
      "failure",
      "pager",
      "paged",
      "alert",
      "restart",
      "crashloop",
      "oom",
      "timeout",
      "bug",
      "mttr",
      "downtime",
      "slo",
      "sla",
      "rollback"),
  LATENCY(
      "Latency and throughput",
      "latency",
      "p50",
      "p90",
      "p95",
      "p99",
      "throughput",
      "rps",
      "qps",
      "request",
      "response",
      "query",
      "load",
      "render",
      "cache"),
  DELIVERY(
      "Delivery speed",
      "build",
      "deploy",
      "release",
      "ci",
      "pipeline",
      "early",
      "ahead",
      "lead",
      "cycle",
      "merge",
      "schedule",
      "deadline"),
  TIME_SAVED(
      "Time saved for others",
      "saves",
      "saved",
      "toil",
      "manual",
      "automated",
      "automate",
      "onboarding",
      "hours",
      "handoff",
      "support"),
  OTHER("Other measured results");

  private final String label;
  private final Set<String> stems;

  Outcome(String label, String... words) {
    this.label = label;
    this.stems = Arrays.stream(words).map(Words::stem).collect(Collectors.toUnmodifiableSet());
  }

  String label() {
    return label;
  }

  /** The words this outcome is known by, stemmed, for tying a win to a goal. */
  Set<String> stems() {
    return stems;
  }

  /** Whether any of {@code terms} is one of this outcome's own words. */
  boolean named(Set<String> terms) {
    return matches(terms);
  }

  /** By the metric's own subject first ("error rate"), else by the words of its whole entry. */
  static Outcome of(Metric metric, Set<String> subject, Set<String> text) {
    Outcome bySubject = of(metric, subject);
    return bySubject != OTHER ? bySubject : of(metric, text);
  }

  private static Outcome of(Metric metric, Set<String> terms) {
    if (metric.dimension() == Metric.Dimension.MONEY) {
      return REVENUE.matches(terms) && !COST.matches(terms) ? REVENUE : COST;
    }
    for (Outcome outcome : new Outcome[] {REVENUE, RELIABILITY, LATENCY}) {
      if (outcome.matches(terms)) {
        return outcome;
      }
    }
    // recurring time ("3 h/week") is time given back, whatever the work was
    boolean duration = metric.dimension() == Metric.Dimension.DURATION;
    if (duration && (metric.period() != null || TIME_SAVED.matches(terms))) {
      return TIME_SAVED;
    }
    if (DELIVERY.matches(terms)) {
      return DELIVERY;
    }
    return TIME_SAVED.matches(terms) && duration ? TIME_SAVED : OTHER;
  }

  private boolean matches(Set<String> terms) {
    for (String term : terms) {
      if (stems.contains(term)) {
        return true;
      }
    }
    return false;
  }
}
