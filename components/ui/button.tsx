import Link from 'next/link';
import type { ComponentProps } from 'react';
import { cn } from './cn';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'md' | 'lg' | 'sm';

// Every variant has a border, transparent where the colour draws the edge: forced colours paint
// borders in the system's button colour, so the button keeps its outline there too.
const VARIANTS: Record<ButtonVariant, string> = {
  primary:
    'border border-transparent bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400',
  secondary:
    'border border-brand-700 bg-white text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-500',
  ghost:
    'border border-transparent text-brand-700 underline-offset-4 hover:bg-brand-50 hover:underline',
  danger: 'border border-transparent bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400',
};

// 44 px minimum touch target (WCAG 2.5.5 advises it; 2.5.8 requires 24 px).
const SIZES: Record<ButtonSize, string> = {
  sm: 'min-h-9 px-3 text-sm',
  md: 'min-h-11 px-4 text-base',
  lg: 'min-h-12 px-6 text-lg',
};

// A long word may break rather than push the page sideways: at 360 px with text at 200 %, a
// wide typeface (the phone's own) can make one word wider than the card.
export function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'md') {
  return cn(
    'inline-flex items-center justify-center gap-2 rounded-lg font-semibold [overflow-wrap:anywhere] transition-colors disabled:cursor-not-allowed',
    VARIANTS[variant],
    SIZES[size],
  );
}

type ButtonProps = ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonClasses(variant, size), className)} {...props} />;
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={cn(buttonClasses(variant, size), className)} {...props} />;
}
