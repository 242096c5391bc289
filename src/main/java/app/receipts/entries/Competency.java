package app.receipts.entries;

import java.util.Arrays;
import java.util.Optional;

/** The review rubric. Weights are percentages and add up to 100. */
public enum Competency {
  CODE_QUALITY("code-quality", "Code quality", 25),
  SYSTEM_DESIGN("system-design", "System design", 20),
  PROBLEM_SOLVING("problem-solving", "Problem solving", 20),
  COLLABORATION("collaboration", "Collaboration", 15),
  DELIVERY("delivery", "Delivery", 10),
  CONTINUOUS_IMPROVEMENT("continuous-improvement", "Continuous improvement", 10);

  private final String id;
  private final String label;
  private final int weightPercent;

  Competency(String id, String label, int weightPercent) {
    this.id = id;
    this.label = label;
    this.weightPercent = weightPercent;
  }

  /** Stable id used in storage, Slack option values and exports. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public int weightPercent() {
    return weightPercent;
  }

  public static Optional<Competency> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
