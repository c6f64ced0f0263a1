package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo grants: four patients' answers to the demo user's requests (one active, one pending, one
 * revoked, one active whose expiry has passed), one grant the demo user gave, and one between two
 * other users that the demo user cannot see.
 */
final class DemoGrants {
  /** The demo user's active grant from {@code user_client1}. */
  static final String ACTIVE_GRANT_ID = "grant_demo_1";

  private DemoGrants() {}

  /**
   * Adds the demo grants; the demo users must be loaded.
   *
   * @param store the store
   * @param now the sandbox's time at start
   */
  static void load(Store store, Instant now) {
    String demo = DemoData.DEMO_USER_ID;
    add(
        store,
        ACTIVE_GRANT_ID,
        "user_client1",
        demo,
        "active",
        List.of("profile", "health_profile", "wearables"),
        now,
        30,
        150,
        null);
    add(
        store,
        "grant_demo_2",
        "user_client2",
        demo,
        "pending",
        List.of("profile", "bookings"),
        now,
        2,
        null,
        null);
    add(
        store,
        "grant_demo_3",
        "user_client3",
        demo,
        "revoked",
        List.of("health_records"),
        now,
        60,
        30,
        10);
    add(
        store,
        "grant_demo_4",
        "user_client4",
        demo,
        "active",
        List.of("wearables"),
        now,
        100,
        -1,
        null);
    add(
        store,
        "grant_demo_5",
        demo,
        "user_client1",
        "active",
        List.of("profile"),
        now,
        5,
        null,
        null);
    add(
        store,
        "grant_other_1",
        "user_client2",
        "user_client3",
        "active",
        List.of("sessions"),
        now,
        20,
        null,
        null);
  }

  private static void add(
      Store store,
      String id,
      String grantorId,
      String granteeId,
      String status,
      List<String> scopes,
      Instant now,
      int createdDaysAgo,
      Integer expiresInDays,
      Integer revokedDaysAgo) {
    ObjectNode grantor = store.users.get(grantorId);
    ObjectNode grant = Json.object();
    grant.put("id", id);
    grant.put("grantorId", grantorId);
    grant.put("granteeId", granteeId);
    grant.put("status", status);
    ArrayNode list = grant.putArray("scopes");
    scopes.forEach(list::add);
    grant.put("grantorFirstName", grantor.get("firstName").asText());
    grant.put("grantorLastName", grantor.get("lastName").asText());
    grant.put("grantorEmail", grantor.get("email").asText());
    grant.put("createdAt", Times.format(now.minus(Duration.ofDays(createdDaysAgo))));
    if (expiresInDays != null) {
      grant.put("expiresAt", Times.format(now.plus(Duration.ofDays(expiresInDays))));
    }
    if (revokedDaysAgo != null) {
      grant.put("revokedAt", Times.format(now.minus(Duration.ofDays(revokedDaysAgo))));
    }
    store.grants.put(id, grant);
  }
}
