package org.givefirst.members.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pages of the paged lists: the items, and the link to the next page when there is one. */
public final class Pages {

    private Pages() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MemberPage")
    public record MemberPage(List<MemberView> items,
                             @Schema(description = "The next page; absent on the last page") URI next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChapterPage")
    public record ChapterPage(List<ChapterResource.ChapterView> items,
                              @Schema(description = "The next page; absent on the last page") URI next) {
    }
}
