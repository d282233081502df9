package org.givefirst.members.rest;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.members.domain.Specificity;

@Schema(name = "Specificity", description = "How specific an objective is, and how to make it more specific")
public record SpecificityView(
        @Schema(description = "0 (vague) .. 100 (concrete what, who and where, well tagged)", minimum = "0", maximum = "100")
        int score,
        @Schema(ref = "SpecificityLevel")
        String level,
        @Schema(description = "What would make the objective more specific, most useful first")
        List<String> hints) {

    public static SpecificityView of(Specificity.Assessment a) {
        return new SpecificityView(a.score(), a.level().name().toLowerCase(Locale.ROOT), a.hints());
    }
}
