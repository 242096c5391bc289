package app.receipts.rules;

import java.util.List;
import java.util.Set;

/** What a bare number counts: "4 teams", "3 P1 incidents", "2 new hires", "2.4 million jobs". */
final class Nouns {
  static final Set<String> STOP =
      Set.copyOf(
          java.util.Arrays.asList(
              ("a an the and or but to on in for from with by at of into onto over across during "
                      + "through before after ahead while so as that which who per this these those "
                      + "our their my its his her your than then via within without under using is "
                      + "are was were be been being it we i they you he she us them last next each "
                      + "every since until off out up down about around ~ all both more most less "
                      + "fewer instead rather vs versus against not no only just also too very "
                      + "when where if what how why")
                  .split(" ")));
  private static final Set<String> NOT_PLURAL =
      Set.copyOf(
          java.util.Arrays.asList(
              ("this is was has its us as plus across less unless thus yes bus status process "
                      + "access success bonus analysis basis chaos gas lens mess pass class loss "
                      + "boss press stress focus campus virus nexus corpus canvas atlas alias does "
                      + "goes always perhaps whereas ms kubernetes redis postgres aws gcs ses sms ios "
                      + "macos js css sass dns tls https express prometheus series thanks")
                  .split(" ")));
  private static final Set<String> IRREGULAR =
      Set.copyOf(
          java.util.Arrays.asList(
              ("people staff folks children men women personnel criteria indices alumni data "
                      + "feedback stakeholders crew headcount")
                  .split(" ")));

  private static final Set<String> MODIFIERS =
      Set.of(
          "more",
          "new",
          "additional",
          "extra",
          "other",
          "fewer",
          "less",
          "different",
          "most",
          "least");

  /** "1,400 malicious OAuth consent attempts": the plural head within four words. */
  private static final int HEAD_REACH = 4;

  private Nouns() {}

  /** Token range {start, end} of the counted noun phrase beginning at {@code i}, or null. */
  static int[] countNoun(List<Token> tokens, int i) {
    if (i + 2 < tokens.size()
        && tokens.get(i).is("of")
        && (tokens.get(i + 1).is("the") || tokens.get(i + 1).is("our"))) {
      int[] inner = countNoun(tokens, i + 2);
      return inner;
    }
    while (i < tokens.size() && MODIFIERS.contains(tokens.get(i).lower())) {
      i++;
    }
    for (int head = i; head < tokens.size() && head < i + HEAD_REACH; head++) {
      Token t = tokens.get(head);
      if (!t.isWord()
          || STOP.contains(t.lower())
          || Units.unit(t.lower()) != null && head == i && t.text().length() < 3) {
        return null;
      }
      if (plural(t)) {
        if (head + 1 < tokens.size()
            && plural(tokens.get(head + 1))
            && !Nouns.STOP.contains(tokens.get(head + 1).lower())) {
          return new int[] {i, head + 2};
        }
        return new int[] {i, head + 1};
      }
    }
    return null;
  }

  static boolean plural(Token t) {
    String w = t.lower();
    if (IRREGULAR.contains(w)) {
      return true;
    }
    return w.length() >= 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !NOT_PLURAL.contains(w)
        && Character.isLetter(w.charAt(w.length() - 2));
  }
}
