package org.referout.intake;

import java.time.OffsetDateTime;

/** R5: a flag a therapist cleared, with the note ("seen by GP on ...") and who did it. It no longer counts. */
public record ClearedFlag(String code, String label, String note, String clearedBy, OffsetDateTime clearedAt) {
}
