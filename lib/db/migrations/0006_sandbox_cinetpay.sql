CREATE TABLE "sandbox_cinetpay_notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transaction_ref" bigint NOT NULL,
	"url" text NOT NULL,
	"fields" jsonb NOT NULL,
	"x_token" text,
	"response_status" integer,
	"error" text,
	"fault" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_cinetpay_transactions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"token" text NOT NULL,
	"signature" text NOT NULL,
	"amount" integer NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"metadata" text,
	"notify_url" text NOT NULL,
	"return_url" text NOT NULL,
	"channels" text NOT NULL,
	"customer" jsonb NOT NULL,
	"invoice_data" jsonb,
	"lock_phone_number" boolean DEFAULT false NOT NULL,
	"lang" text NOT NULL,
	"status" text DEFAULT 'WAITING_FOR_CUSTOMER' NOT NULL,
	"code" text DEFAULT '662' NOT NULL,
	"payment_method" text,
	"operator_id" text,
	"payment_date" timestamp with time zone,
	"accept_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_cinetpay_transactions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
ALTER TABLE "sandbox_cinetpay_notifications" ADD CONSTRAINT "sandbox_cinetpay_notifications_transaction_ref_sandbox_cinetpay_transactions_id_fk" FOREIGN KEY ("transaction_ref") REFERENCES "public"."sandbox_cinetpay_transactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sandbox_cinetpay_notifications_tx_idx" ON "sandbox_cinetpay_notifications" USING btree ("transaction_ref","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_cinetpay_transactions_site_tx_idx" ON "sandbox_cinetpay_transactions" USING btree ("site_id","transaction_id");