/**
 * Paying for bookings: {@link dev.gradiant.sdk.payments.PaymentsClient}, the payment intent, its
 * payment method types and the create, confirm and list parameters. Amounts are {@link
 * dev.gradiant.sdk.core.Money} in major units; the SDK converts them to and from the minor units
 * the payments API carries on the wire.
 */
package dev.gradiant.sdk.payments;
