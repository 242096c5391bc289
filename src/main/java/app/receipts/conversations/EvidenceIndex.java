package app.receipts.conversations;

import app.receipts.entries.Entry;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 over one person's entries (text, impact, metric and a praise's note): how well each
 * entry answers a line of a review. Built once per packet; a query costs one pass over the postings
 * of its few terms, not over the entries.
 */
final class EvidenceIndex {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private record Posting(int doc, int count) {}

  private final List<Entry> entries;
  private final int[] lengths;
  private final double averageLength;
  private final Map<String, List<Posting>> postings = new HashMap<>();

  EvidenceIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.lengths = new int[entries.size()];
    long total = 0;
    for (int doc = 0; doc < entries.size(); doc++) {
      List<String> terms = Words.terms(document(entries.get(doc)));
      lengths[doc] = terms.size();
      total += terms.size();
      Map<String, Integer> counts = new HashMap<>();
      terms.forEach(term -> counts.merge(term, 1, Integer::sum));
      for (Map.Entry<String, Integer> term : counts.entrySet()) {
        postings
            .computeIfAbsent(term.getKey(), t -> new java.util.ArrayList<>())
            .add(new Posting(doc, term.getValue()));
      }
    }
    this.averageLength = entries.isEmpty() ? 1 : Math.max(1, (double) total / entries.size());
  }

  private static String document(Entry entry) {
    return String.join(
        " ",
        nonNull(entry.text()),
        nonNull(entry.impact()),
        nonNull(entry.metric()),
        nonNull(entry.note()));
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /** The entries, in the order {@link #scores} answers for them. */
  List<Entry> entries() {
    return entries;
  }

  /** Each entry's BM25 score for {@code query}, by position; zero shares no term with it. */
  double[] scores(String query) {
    Set<String> terms = new LinkedHashSet<>(Words.terms(query));
    double[] score = new double[entries.size()];
    int n = entries.size();
    for (String term : terms) {
      List<Posting> list = postings.get(term);
      if (list == null) {
        continue;
      }
      double idf = Math.log(1 + (n - list.size() + 0.5) / (list.size() + 0.5));
      for (Posting posting : list) {
        double tf = posting.count();
        double norm = K1 * (1 - B + B * lengths[posting.doc()] / averageLength);
        score[posting.doc()] += idf * tf * (K1 + 1) / (tf + norm);
      }
    }
    return score;
  }

  /** How many of {@code query}'s distinct terms each entry uses, by position. */
  int[] shared(String query) {
    int[] shared = new int[entries.size()];
    for (String term : new LinkedHashSet<>(Words.terms(query))) {
      for (Posting posting : postings.getOrDefault(term, List.of())) {
        shared[posting.doc()]++;
      }
    }
    return shared;
  }
}
