// The open article's copy checks, for node views that draw flags of their own (a photo's caption).
import { createContext } from 'react';
import type { ChecksController } from './checks-controller';

export const ChecksContext = createContext<ChecksController | null>(null);
