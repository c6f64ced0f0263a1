package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The demo data a new sandbox starts with: five users (the first is the one the API token and key
 * act as), twelve practitioners with working hours, the demo user's conversation with {@code
 * prac_101}, and optionally a history of sessions.
 */
public final class DemoData {
  /** The id of the user the sandbox's API token and key belong to. */
  public static final String DEMO_USER_ID = "user_demo";

  /** The demo user's email address (a reserved example domain). */
  public static final String DEMO_USER_EMAIL = "demo.user@example.com";

  /** The id of the demo user's conversation with {@code prac_101}. */
  public static final String DEMO_CONVERSATION_ID = "conv_demo_1";

  private static final List<String[]> USERS =
      List.of(
          new String[] {DEMO_USER_ID, DEMO_USER_EMAIL, "Alex", "Demo"},
          new String[] {"user_client1", "jamie.rivera@example.com", "Jamie", "Rivera"},
          new String[] {"user_client2", "sam.okoye@example.com", "Sam", "Okoye"},
          new String[] {"user_client3", "kim.larsen@example.com", "Kim", "Larsen"},
          new String[] {"user_client4", "noor.haddad@example.com", "Noor", "Haddad"});

  private static final Set<String> REMOTE = Set.of("video_call", "phone_call", "chat");
  private static final Set<String> ALL = Set.of("video_call", "phone_call", "chat", "in_person");

  private record Practitioner(
      String id,
      String firstName,
      String lastName,
      String bio,
      List<String> specializations,
      int experience,
      String rating,
      int totalSessions,
      int responseTime,
      List<String> languages,
      int price,
      String currency,
      boolean verified,
      String zone,
      String location,
      Set<String> sessionTypes) {}

  private static final List<Practitioner> PRACTITIONERS =
      List.of(
          new Practitioner(
              "prac_101",
              "Jane",
              "Smith",
              "Certified yoga instructor with 10 years of experience",
              List.of("Hatha Yoga", "Meditation"),
              10,
              "4.8",
              1250,
              120,
              List.of("English", "Spanish"),
              75,
              "USD",
              true,
              "America/New_York",
              "New York",
              ALL),
          new Practitioner(
              "prac_102",
              "Omar",
              "Haddad",
              "Clinical psychologist focusing on anxiety and burnout",
              List.of("Cognitive Behavioral Therapy", "Anxiety"),
              14,
              "4.9",
              2100,
              60,
              List.of("English", "Arabic", "French"),
              120,
              "USD",
              true,
              "Europe/London",
              "London",
              REMOTE),
          new Practitioner(
              "prac_103",
              "Mei",
              "Chen",
              "Registered dietitian for metabolic health",
              List.of("Nutrition", "Diabetes Care"),
              8,
              "4.6",
              640,
              180,
              List.of("English", "Mandarin"),
              90,
              "USD",
              true,
              "America/Los_Angeles",
              "San Francisco",
              ALL),
          new Practitioner(
              "prac_104",
              "Lucas",
              "Martin",
              "Physiotherapist for runners and desk workers",
              List.of("Physiotherapy", "Sports Rehabilitation"),
              6,
              "4.7",
              830,
              240,
              List.of("French", "English"),
              85,
              "EUR",
              true,
              "Europe/Paris",
              "Paris",
              ALL),
          new Practitioner(
              "prac_105",
              "Priya",
              "Nair",
              "Mindfulness teacher and stress coach",
              List.of("Mindfulness", "Stress Management"),
              5,
              "4.5",
              410,
              90,
              List.of("English", "Hindi"),
              60,
              "USD",
              true,
              "America/Toronto",
              "Toronto",
              REMOTE),
          new Practitioner(
              "prac_106",
              "Sofia",
              "Rossi",
              "Vinyasa and Pilates for strength and mobility",
              List.of("Vinyasa Yoga", "Pilates"),
              7,
              "4.4",
              520,
              300,
              List.of("Italian", "English"),
              55,
              "EUR",
              false,
              "Europe/Rome",
              "Milan",
              ALL),
          new Practitioner(
              "prac_107",
              "David",
              "Okafor",
              "Sleep coach helping shift workers rest better",
              List.of("Sleep Coaching", "Insomnia"),
              4,
              "4.3",
              220,
              120,
              List.of("English"),
              70,
              "USD",
              true,
              "America/Chicago",
              "Chicago",
              REMOTE),
          new Practitioner(
              "prac_108",
              "Elena",
              "Garcia",
              "Couples and family therapist",
              List.of("Couples Therapy", "Family Therapy"),
              16,
              "4.9",
              1800,
              60,
              List.of("Spanish", "English"),
              140,
              "USD",
              true,
              "America/New_York",
              "Miami",
              ALL),
          new Practitioner(
              "prac_109",
              "Hiro",
              "Tanaka",
              "Licensed acupuncturist for chronic pain",
              List.of("Acupuncture", "Pain Management"),
              12,
              "4.2",
              960,
              480,
              List.of("Japanese", "English"),
              95,
              "USD",
              true,
              "America/Los_Angeles",
              "Seattle",
              Set.of("in_person")),
          new Practitioner(
              "prac_110",
              "Amara",
              "Diallo",
              "Trauma-informed therapist trained in EMDR",
              List.of("Trauma Therapy", "EMDR"),
              11,
              "4.8",
              1320,
              90,
              List.of("French", "English"),
              130,
              "USD",
              true,
              "America/Toronto",
              "Montreal",
              REMOTE),
          new Practitioner(
              "prac_111",
              "Noah",
              "Weber",
              "Sports nutritionist for endurance athletes",
              List.of("Nutrition", "Sports Nutrition"),
              3,
              "4.1",
              150,
              360,
              List.of("German", "English"),
              65,
              "EUR",
              false,
              "Europe/Berlin",
              "Berlin",
              Set.of("video_call", "chat")),
          new Practitioner(
              "prac_112",
              "Grace",
              "Kim",
              "Meditation and breathwork guide",
              List.of("Meditation", "Breathwork", "Yoga"),
              9,
              "4.7",
              1100,
              45,
              List.of("English", "Korean"),
              50,
              "USD",
              true,
              "America/New_York",
              "New York",
              ALL));

  private DemoData() {}

  /**
   * Fills a new store.
   *
   * @param store the store
   * @param sessions how many past sessions to create (0 for none)
   */
  public static void load(Store store, int sessions) {
    Instant now = store.clock.instant();
    Instant since = now.minus(Duration.ofDays(120));
    for (int i = 0; i < USERS.size(); i++) {
      String[] row = USERS.get(i);
      Instant created = since.plus(Duration.ofDays(7L * i));
      ObjectNode user = Json.object();
      user.put("id", row[0]);
      user.put("email", row[1]);
      user.put("firstName", row[2]);
      user.put("lastName", row[3]);
      user.put("verified", true);
      user.put("createdAt", Times.format(created));
      user.put("updatedAt", Times.format(created));
      store.users.put(row[0], user);
    }
    Instant listed = now.minus(Duration.ofDays(365));
    for (Practitioner p : PRACTITIONERS) {
      ObjectNode node = Json.object();
      node.put("id", p.id());
      node.put("userId", "user_" + p.id());
      node.put("firstName", p.firstName());
      node.put("lastName", p.lastName());
      node.put("bio", p.bio());
      ArrayNode specializations = node.putArray("specializations");
      p.specializations().forEach(specializations::add);
      node.put("experience", p.experience());
      node.put("rating", new BigDecimal(p.rating()));
      node.put("totalSessions", p.totalSessions());
      node.put("responseTime", p.responseTime());
      ArrayNode languages = node.putArray("languages");
      p.languages().forEach(languages::add);
      node.putObject("basePrice")
          .put("amount", BigDecimal.valueOf(p.price()))
          .put("currency", p.currency());
      node.put("verified", p.verified());
      node.put("availabilityId", "avail_" + p.id().substring("prac_".length()));
      node.put("createdAt", Times.format(listed));
      node.put("updatedAt", Times.format(listed));
      store.practitioners.put(p.id(), node);
      store.workingHours.put(
          p.id(),
          new Store.WorkingHours(ZoneId.of(p.zone()), 9, 17, p.location(), p.sessionTypes()));
    }
    loadSessions(store, sessions, now);
    DemoGrants.load(store, now);
    loadConversation(store, now);
  }

  /** The demo user's conversation with Jane Smith ({@code prac_101}), with two messages. */
  private static void loadConversation(Store store, Instant now) {
    Instant opened = now.minus(Duration.ofDays(3));
    String practitionerUser = "user_prac_101";
    ObjectNode conversation =
        ConversationsApi.add(store, DEMO_CONVERSATION_ID, DEMO_USER_ID, practitionerUser, opened);
    String[][] texts = {
      {practitionerUser, "Welcome! Send me anything you would like me to read before we meet."},
      {DEMO_USER_ID, "Thank you, I will send my latest report."}
    };
    for (int i = 0; i < texts.length; i++) {
      Instant at = opened.plus(Duration.ofMinutes(5L * (i + 1)));
      ObjectNode message = Json.object();
      message.put("id", "msg_demo_" + (i + 1));
      message.put("conversationId", conversation.get("id").asText());
      message.put("senderId", texts[i][0]);
      message.put("messageType", "text");
      message.put("content", texts[i][1]);
      message.put("createdAt", Times.format(at));
      ConversationsApi.post(store, message, at);
    }
  }

  private static void loadSessions(Store store, int count, Instant now) {
    List<String> statuses =
        List.of(
            "completed",
            "completed",
            "completed",
            "completed",
            "completed",
            "cancelled",
            "completed",
            "in_progress",
            "invited",
            "completed");
    List<String> types = List.of("video_call", "phone_call", "chat", "in_person");
    Duration spread = Duration.ofDays(90);
    for (int i = 0; i < count; i++) {
      Instant created =
          now.minus(spread.plusDays(1)).plus(spread.multipliedBy(i).dividedBy(Math.max(1, count)));
      String[] user = USERS.get(i % USERS.size());
      Practitioner practitioner = PRACTITIONERS.get(i % PRACTITIONERS.size());
      String status = statuses.get(i % statuses.size());
      String id = String.format("sess_demo%05d", i + 1);
      ObjectNode session = Json.object();
      session.put("id", id);
      session.put("userId", user[0]);
      session.put("practitionerId", practitioner.id());
      session.put("status", status);
      session.put("sessionType", types.get(i % types.size()));
      session.putNull("dueDate");
      Instant started = created.plus(Duration.ofHours(1));
      Instant updated = created;
      if (!status.equals("invited") && !status.equals("cancelled")) {
        session.put("taskStartedAt", Times.format(started));
        updated = started;
      }
      if (status.equals("completed")) {
        Instant completed = started.plus(Duration.ofMinutes(45 + (i % 4) * 5L));
        session.put("completedAt", Times.format(completed));
        updated = completed;
      }
      if (status.equals("cancelled")) {
        updated = created.plus(Duration.ofHours(2));
      }
      session.put("userName", user[2] + " " + user[3]);
      session.put("userEmail", user[1]);
      session.put("createdAt", Times.format(created));
      session.put("updatedAt", Times.format(updated));
      store.sessions.put(id, session);
      SessionsApi.newToken(store, id, user[0]);
    }
  }
}
