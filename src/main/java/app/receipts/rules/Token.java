package app.receipts.rules;

/** A word, a number or a symbol of a win's text; {@code glued} when no space comes before it. */
record Token(Kind kind, String text, String lower, boolean glued) {
  enum Kind {
    NUMBER,
    WORD,
    SYMBOL
  }

  boolean is(String word) {
    return lower.equals(word);
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** Punctuation or an emoji: a subject never runs across one. */
  boolean isBreak() {
    return kind == Kind.SYMBOL && ".,;:!?()[]{}\"|…*_•".indexOf(text.charAt(0)) >= 0
        || kind == Kind.SYMBOL && Character.isSurrogate(text.charAt(0))
        || kind == Kind.SYMBOL && text.equals("—");
  }
}
