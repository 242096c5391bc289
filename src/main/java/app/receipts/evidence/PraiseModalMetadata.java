package app.receipts.evidence;

/** The praise modal remembers only which draft it shows; the draft holds the message. */
public record PraiseModalMetadata(String draftId) {}
