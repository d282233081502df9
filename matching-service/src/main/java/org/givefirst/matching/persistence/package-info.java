/**
 * Panache entities of matching-service: the read models fed from the members and events topics,
 * and what this service owns (rounds, introductions, seatings). The framework-free matching rules
 * live in {@code org.givefirst.matching.domain}; nothing here decides who should meet whom.
 */
package org.givefirst.matching.persistence;
