package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence per calendar month of a period, split by competency. */
record Timeline(List<Month> months) {

  Timeline {
    months = List.copyOf(months);
  }

  /** Counts for one month. */
  record Month(YearMonth month, Map<Competency, Integer> counts) {
    public Month {
      EnumMap<Competency, Integer> copy = new EnumMap<>(Competency.class);
      for (Competency competency : Competency.values()) {
        copy.put(competency, counts.getOrDefault(competency, 0));
      }
      counts = Collections.unmodifiableMap(copy);
    }

    public int count(Competency competency) {
      return counts.get(competency);
    }

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Every month the period touches, empty ones included, so gaps in activity stay visible. */
  static Timeline of(Period period, List<Entry> entries) {
    Map<YearMonth, EnumMap<Competency, Integer>> counts = new LinkedHashMap<>();
    YearMonth last = YearMonth.from(period.end());
    for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(last); m = m.plusMonths(1)) {
      counts.put(m, new EnumMap<>(Competency.class));
    }
    for (Entry entry : entries) {
      YearMonth month = YearMonth.from(Packet.dayOf(entry));
      if (!counts.containsKey(month)) {
        continue;
      }
      counts.get(month).merge(entry.competency(), 1, Integer::sum);
    }
    List<Month> months = new ArrayList<>();
    counts.forEach((month, byCompetency) -> months.add(new Month(month, byCompetency)));
    return new Timeline(months);
  }

  int maxMonthTotal() {
    return months.stream().mapToInt(Month::total).max().orElse(0);
  }
}
