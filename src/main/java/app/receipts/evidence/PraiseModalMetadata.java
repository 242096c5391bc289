package app.receipts.evidence;

/** The praise modal remembers only which draft it shows; the draft holds the message. */
record PraiseModalMetadata(String draftId) {}
