import { AppError } from '../../shared/errors/app-error';

/** Runs fn and returns the AppError it throws; fails the test if it throws nothing or something else. */
export function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
