package app.receipts.rules;

import java.util.Set;

/** Word lists the extractor reads verbs, movement and subjects with. */
final class Words {
  static final Set<String> DOWN_VERBS =
      set(
          "cut cuts cutting reduce reduced reduces reducing lower lowered lowering decrease "
              + "decreased dropped drop drops shrank shrunk shrink shrinking saved save saving "
              + "saves trimmed trim slashed slash halved shaved shave knocked fell fall falls "
              + "down reclaimed freed eliminated removed killed dropping sped");
  static final Set<String> UP_VERBS =
      set(
          "increase increased increases increasing raised raise raising boosted boost grew grow "
              + "grows growing up lifted lift rose rise doubled tripled expanded scaled added "
              + "gained improved improve improving");

  /** Verbs a subject stands before ("p95 latency dropped from …", "migration took 4 weeks"). */
  static final Set<String> LINKING =
      set(
          "took takes take taking is was are were went goes go ran runs run dropped drop drops "
              + "fell falls rose grew grows improved went got gets became becomes stays stayed "
              + "now dropping fell went moved came comes sat sits stood stands has had went "
              + "finishes finished completes completed loads loaded lands landed decreased "
              + "increased shrank");

  static final Set<String> VERBS =
      set(
          "cut brought sped boosted made built wrote saving hitting dropping cutting "
              + "reducing making bringing getting moving running taking going growing keeping "
              + "shipped got moved took led ran saved halved doubled tripled "
              + "shaved trimmed slashed lowered raised grew pushed kept keep hit reached "
              + "achieved delivered launched released migrated onboarded mentored hired "
              + "closed fixed resolved removed deleted merged reviewed trained interviewed "
              + "added automated rewrote drove drive helped freed handled served supported "
              + "triaged answered processed replaced upgraded tuned dropped increased improved stays "
              + "runs hit went stays dropped shrank patched chews handles serves "
              + "processes ingests receives renders "
              + "decreased shrank landed finished completed restored recovered "
              // irregular past tenses that no -ed marks
              + "found caught won sent bought gave taught began chose fought told thought sought");
  static final Set<String> LEAD_IN =
      set(
          "in within under below over above than less more at least about around ~ just only "
              + "is are was were currently been be sits stands flat steady stable "
              + "roughly nearly almost approximately < > to by from down up now from some "
              + "approx a an the to");
  static final Set<String> LOWER_IS_BETTER =
      set(
          "latency latencies time times duration p50 p90 p95 p99 cost costs bill spend spending "
              + "error errors failures failure incidents incident pages alerts bugs backlog toil "
              + "churn size memory cpu load downtime mttr mttd flaky flakes crashes crash "
              + "complaints timeouts retries queue lag bounce storage disk wait tickets steps "
              + "vulnerabilities cves warnings footprint bundle image usage overhead "
              + "defects regressions outages escalations pager noise ttfb lcp tti cls fcp "
              + "inp jank anrs anr hours minutes rollbacks");
  static final Set<String> HIGHER_IS_BETTER =
      set(
          "conversion throughput coverage uptime availability signups revenue retention "
              + "adoption users rps qps hit score nps satisfaction savings speed engagement "
              + "activation velocity frequency deploys deployments capacity accuracy "
              + "recall precision ctr growth sales arr mrr customers subscribers free relevance "
              + "ndcg rating opt-in");

  /** Verbs in the present that stand between a subject and its amount ("now does 1,800"). */
  static final Set<String> PRESENT =
      set(
          "does do scores score gets get hits sees has have handles handle processes serves "
              + "pushes peaks averages holds takes needs uses weighs returns sends ships "
              + "runs clears answers resolves");

  static final Set<String> ADVERBS = set("now still only also just consistently reliably");

  /**
   * Verbs that carry no meaning of their own for a subject: "got 11 squads onto …" is about the
   * squads, "kept checkout p99 below 200ms" about checkout p99.
   */
  static final Set<String> LIGHT_VERBS =
      Set.of(
          "got", "get", "gets", "getting", "kept", "keep", "keeps", "keeping", "held", "holding",
          "stayed", "made", "brought", "put", "had", "have", "has", "drove", "took");

  static final Set<String> PARTICLES = set("back down up out over off");

  private Words() {}

  static boolean isVerb(Token t) {
    String w = t.lower();
    if (VERBS.contains(w)
        || DOWN_VERBS.contains(w)
        || UP_VERBS.contains(w)
        || LINKING.contains(w)) {
      return true;
    }
    return w.length() > 4
        && w.endsWith("ed")
        && !unAdjective(w)
        && !w.endsWith("eed")
        && !w.equals("embed")
        && !w.equals("shared")
        && !w.equals("managed")
        && !w.equals("hosted")
        && !w.equals("based")
        && !w.equals("cached")
        && !w.equals("related");
  }

  /** "unplanned work", "unpatched hosts": un-…-ed describes a noun, except a few real verbs. */
  private static boolean unAdjective(String w) {
    return w.startsWith("un") && w.length() > 6 && !UN_VERBS.contains(w);
  }

  private static final Set<String> UN_VERBS =
      set("unblocked unlocked uncovered unpinned unbundled unsubscribed unmuted unpaused unstaged");

  private static Set<String> set(String words) {
    return Set.copyOf(java.util.Arrays.asList(words.split(" ")));
  }
}
