import type { Plugin } from 'graphql-yoga';

// "Did you mean …?" in a validation error helps whoever writes a query and maps the schema for
// whoever probes a production API. graphql-armor's blockFieldSuggestion masks field suggestions
// only ("Did you mean "name"?"), not enum values ("Did you mean the enum value "Person"?") or
// arguments: this strips every suggestion, and the service installs it in production only, so
// development shows them all (issue 19, item 6).
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Strips "Did you mean …?" from every validation error. */
export function useHiddenSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ result }) => {
        for (const error of result) error.message = error.message.replace(SUGGESTION, '');
      },
  };
}
