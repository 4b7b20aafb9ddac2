CREATE TABLE "processor_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payment_id" text,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"token_valid" boolean,
	"outcome" text NOT NULL,
	"detail" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "processor" text DEFAULT 'simulated' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "processor_token" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "processor_url" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "processor_checks" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "processor_next_check_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "processor_events" ADD CONSTRAINT "processor_events_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "processor_events_payment_idx" ON "processor_events" USING btree ("payment_id","id");