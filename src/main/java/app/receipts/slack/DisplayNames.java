package app.receipts.slack;

import com.slack.api.methods.response.users.UsersInfoResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack user id → the name people see (display name, else real name, else handle), from users.info
 * and cached: a packet with praise from 40 people asks Slack about each of them once.
 */
public final class DisplayNames {
  private static final int MAX_CACHED = 10_000;
  private final SlackClients slack;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public DisplayNames(SlackClients slack) {
    this.slack = slack;
  }

  /** The person's name, or their id when Slack cannot say (the id still tells who it was). */
  public String of(String teamId, String userId) {
    String key = teamId + ":" + userId;
    String known = cache.get(key);
    if (known != null) {
      return known;
    }
    String name = lookUp(teamId, userId);
    if (name != null) {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(key, name);
      return name;
    }
    return userId;
  }

  private String lookUp(String teamId, String userId) {
    try {
      UsersInfoResponse info =
          SlackCalls.ok("users.info", () -> slack.forTeam(teamId).usersInfo(r -> r.user(userId)));
      var user = info.getUser();
      if (user == null) {
        return null;
      }
      var profile = user.getProfile();
      if (profile != null && !blank(profile.getDisplayName())) {
        return profile.getDisplayName();
      }
      if (profile != null && !blank(profile.getRealName())) {
        return profile.getRealName();
      }
      if (!blank(user.getRealName())) {
        return user.getRealName();
      }
      return blank(user.getName()) ? null : user.getName();
    } catch (SlackCallException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
