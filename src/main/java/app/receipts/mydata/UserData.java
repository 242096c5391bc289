package app.receipts.mydata;

/** A feature's store of one person's data, for forget-me. */
public interface UserData {
  /** What the confirmation calls it, e.g. "entries". */
  String name();

  /** Deletes everything of this person in this workspace; returns how many items went. */
  int forget(String teamId, String userId);

  static UserData of(String name, java.util.function.ToIntBiFunction<String, String> forget) {
    return new UserData() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int forget(String teamId, String userId) {
        return forget.applyAsInt(teamId, userId);
      }
    };
  }
}
