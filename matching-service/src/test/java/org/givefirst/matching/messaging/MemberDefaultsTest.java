package org.givefirst.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.contracts.MemberDefaults;
import org.givefirst.platform.testing.Contracts;
import org.junit.jupiter.api.Test;

/**
 * A profile fact that leaves a preference out means what members-service gives a member who said
 * nothing ({@link MemberDefaults}): matching once assumed 4 introductions a month where members gave 2.
 */
class MemberDefaultsTest {

    @Test
    void aProfileWithoutPreferencesGetsTheDefaultsMembersServiceGives() {
        ObjectNode data = new ObjectMapper().createObjectNode();
        data.put("memberId", UUID.randomUUID().toString());
        data.putArray("objectives").addObject().put("what", "Bakery margins").put("who", "Bakers").putArray("tags").add("bakery");

        MemberProjection.Profile profile = MembersConsumer.profile(data);

        assertEquals(MemberDefaults.MAX_INTRODUCTIONS_PER_MONTH, profile.maxIntroductionsPerMonth());
        assertEquals(MemberDefaults.OPEN_TO_INTRODUCTIONS, profile.openToIntroductions());
        assertEquals(MemberDefaults.OTHER_CHAPTER_INTRODUCTIONS, profile.allowOtherChapters());
        assertEquals(MemberDefaults.OBJECTIVE_PRIORITY, profile.objectives().get(0).priority());
    }

    @Test
    void theDocumentedSampleReadsAsItsOwnPreferences() {
        ObjectNode data = (ObjectNode) Contracts.sample(FactTypes.MEMBER_REGISTERED).path("data");

        MemberProjection.Profile profile = MembersConsumer.profile(data);

        assertEquals(data.path("preferences").path("maxIntroductionsPerMonth").asInt(), profile.maxIntroductionsPerMonth());
        assertEquals(data.path("preferences").path("openToIntroductions").asBoolean(), profile.openToIntroductions());
    }
}
