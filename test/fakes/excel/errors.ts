/** Excel's error codes as the fake raises them, and the sizes it counts for requests and responses. */

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  rangeExceedsLimit: "RangeExceedsLimit",
} as const;

export const fail = (code: string, message: string, location?: string): never => {
  throw new FakeOfficeError(code, message, location);
};

/** Approximate length of `JSON.stringify(v)` without building the string. */
export function approxJsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  switch (typeof v) {
    case "string":
      return v.length + 2;
    case "number":
      return String(v).length;
    case "boolean":
      return v ? 4 : 5;
    case "object": {
      if (Array.isArray(v)) {
        let n = 2 + Math.max(0, v.length - 1);
        for (const x of v) n += approxJsonBytes(x);
        return n;
      }
      return JSON.stringify(v)?.length ?? 4;
    }
    default:
      return 4;
  }
}

export function cellCount(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0);
  return 1;
}
