package org.givefirst.events.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.EventStatus;
import org.givefirst.platform.contracts.RsvpStatus;
import org.givefirst.platform.contracts.Visibility;

/** Stores the enums by their lower snake case wire names, the same words the API and the facts use. */
final class Converters {

    private Converters() {
    }

    @Converter
    static class FormatConverter implements AttributeConverter<EventFormat, String> {
        @Override
        public String convertToDatabaseColumn(EventFormat value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public EventFormat convertToEntityAttribute(String value) {
            return value == null ? null : EventFormat.fromWireName(value).orElseThrow();
        }
    }

    @Converter
    static class VisibilityConverter implements AttributeConverter<Visibility, String> {
        @Override
        public String convertToDatabaseColumn(Visibility value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public Visibility convertToEntityAttribute(String value) {
            return value == null ? null : Visibility.fromWireName(value).orElseThrow();
        }
    }

    @Converter
    static class StatusConverter implements AttributeConverter<EventStatus, String> {
        @Override
        public String convertToDatabaseColumn(EventStatus value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public EventStatus convertToEntityAttribute(String value) {
            return value == null ? null : EventStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Converter
    static class RsvpStatusConverter implements AttributeConverter<RsvpStatus, String> {
        @Override
        public String convertToDatabaseColumn(RsvpStatus value) {
            return value == null ? null : value.wireName();
        }

        @Override
        public RsvpStatus convertToEntityAttribute(String value) {
            return value == null ? null : RsvpStatus.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
