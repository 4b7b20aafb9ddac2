ALTER TABLE "payment_allocations" ADD COLUMN "reversal" text;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD COLUMN "reversed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD COLUMN "reversal_overrode_insurer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Reversals recorded before they were kept per invoice: refused notices, and the invoices of
-- payments wholly refunded or charged back. Partial agent refunds of that time named no invoice
-- and stay on the payment only.
UPDATE "payment_allocations" a SET "reversal" = 'insurer_refusal', "reversed_at" = p."updated_at" FROM "payments" p WHERE p."id" = a."payment_id" AND a."insurer_refused_code" IS NOT NULL;--> statement-breakpoint
UPDATE "payment_allocations" a SET "reversal" = CASE p."state" WHEN 'refunded' THEN 'agent_refund' ELSE 'chargeback' END, "reversed_at" = p."updated_at" FROM "payments" p WHERE p."id" = a."payment_id" AND a."reversal" IS NULL AND p."state" IN ('refunded', 'charged_back');--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_reversal_known" CHECK ("payment_allocations"."reversal" is null or "payment_allocations"."reversal" in ('agent_refund', 'insurer_refusal', 'chargeback'));--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_reversal_dated" CHECK (("payment_allocations"."reversal" is null) = ("payment_allocations"."reversed_at" is null));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_reversed_within_amount" CHECK ("payments"."refunded_amount" >= 0 and "payments"."charged_back_amount" >= 0 and "payments"."refunded_amount" + "payments"."charged_back_amount" <= "payments"."amount") NOT VALID;