package app.receipts.capture;

/** Slack callback, action and block ids of the capture feature; they must match manifest.yml. */
public final class CaptureIds {
  public static final String COMMAND = "/win";
  public static final String MODAL = "win-modal";
  public static final String EDIT_BUTTON = "win-edit";
  public static final String UNDO_BUTTON = "win-undo";
  public static final String DELETE_CONFIRM = "win-delete-confirm";
  public static final String DELETE_KEEP = "win-delete-keep";
  public static final String RUN_SUGGESTION = "win-suggestion-run";
  public static final String SAVE_SUGGESTION = "win-suggestion-save";
  public static final String FIX_METRIC_BUTTON = "win-fix-metric";
  public static final String FIX_METRIC_MODAL = "win-fix-metric-modal";

  /** Followed by the competency's id: action ids must differ within one actions block. */
  public static final String REFILE_PREFIX = "win-refile-";

  public static final String TEXT_BLOCK = "text";
  public static final String IMPACT_BLOCK = "impact";
  public static final String METRIC_BLOCK = "metric";
  public static final String COMPETENCY_BLOCK = "competency";
  public static final String LINKS_BLOCK = "links";
  public static final String WHEN_BLOCK = "when";
  public static final String INPUT = "input";

  private CaptureIds() {}
}
