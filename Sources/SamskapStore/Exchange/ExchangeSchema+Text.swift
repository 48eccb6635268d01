// The schema of the exchange format, as the app applies it. Kept byte for byte equal to
// data/schema/project-v1.schema.json by ExchangeSchemaRulesTests.testTheAppValidatesWithTheSchemaInData:
// edit the file in data/schema, then paste it here.

extension ExchangeSchema {
    /// `data/schema/project-v1.schema.json`, word for word.
    static let text = #"""
{
  "$defs": {
    "activity": {
      "additionalProperties": false,
      "properties": {
        "cell": {
          "anyOf": [
            {
              "$ref": "#/$defs/matrixCell"
            },
            {
              "type": "null"
            }
          ]
        },
        "citizenRoles": {
          "$ref": "#/$defs/citizenRoleDegrees"
        },
        "description": {
          "type": "string"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "inputs": {
          "items": {
            "$ref": "#/$defs/activityInput"
          },
          "type": "array"
        },
        "name": {
          "type": "string"
        },
        "partnerIDs": {
          "description": "Partners responsible for it.",
          "items": {
            "$ref": "#/$defs/uuid"
          },
          "type": "array"
        },
        "period": {
          "$ref": "#/$defs/period"
        },
        "targetGroupIDs": {
          "description": "Target groups it is for (ids of project.targetGroups).",
          "items": {
            "$ref": "#/$defs/uuid"
          },
          "type": "array"
        }
      },
      "required": [
        "description",
        "id",
        "name"
      ],
      "type": "object"
    },
    "activityInput": {
      "additionalProperties": false,
      "description": "A resource a partner puts into an activity.",
      "properties": {
        "amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "kind": {
          "$ref": "#/$defs/inputKind"
        },
        "note": {
          "type": "string"
        },
        "partnerID": {
          "anyOf": [
            {
              "$ref": "#/$defs/uuid"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "id",
        "kind",
        "note"
      ],
      "type": "object"
    },
    "anchorDirection": {
      "description": "Where work is anchored: down and out, up (mooring), back.",
      "enum": [
        "down",
        "up",
        "back"
      ],
      "type": "string"
    },
    "anchorPoint": {
      "additionalProperties": false,
      "properties": {
        "direction": {
          "$ref": "#/$defs/anchorDirection"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "renewed": {
          "anyOf": [
            {
              "$ref": "#/$defs/day"
            },
            {
              "type": "null"
            }
          ]
        },
        "text": {
          "type": "string"
        }
      },
      "required": [
        "direction",
        "id",
        "text"
      ],
      "type": "object"
    },
    "answer": {
      "additionalProperties": false,
      "properties": {
        "comment": {
          "type": "string"
        },
        "dontKnow": {
          "type": "boolean"
        },
        "experience": {
          "maximum": 5,
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "importance": {
          "maximum": 5,
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "respondentID": {
          "$ref": "#/$defs/uuid"
        },
        "roundID": {
          "$ref": "#/$defs/uuid"
        },
        "statementID": {
          "type": "string"
        }
      },
      "required": [
        "comment",
        "dontKnow",
        "id",
        "respondentID",
        "roundID",
        "statementID"
      ],
      "type": "object"
    },
    "assessmentRound": {
      "additionalProperties": false,
      "properties": {
        "date": {
          "$ref": "#/$defs/day"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "isClosed": {
          "type": "boolean"
        },
        "label": {
          "type": "string"
        }
      },
      "required": [
        "date",
        "id",
        "isClosed",
        "label"
      ],
      "type": "object"
    },
    "circlePhase": {
      "description": "A phase of the circle of social innovation.",
      "enum": [
        "map",
        "focus",
        "people",
        "market",
        "grow"
      ],
      "type": "string"
    },
    "citizenRole": {
      "description": "A role citizens take in co-creation.",
      "enum": [
        "coInitiator",
        "coDesigner",
        "coImplementer"
      ],
      "type": "string"
    },
    "citizenRoleDegrees": {
      "additionalProperties": false,
      "properties": {
        "coDesigner": {
          "$ref": "#/$defs/roleDegree"
        },
        "coImplementer": {
          "$ref": "#/$defs/roleDegree"
        },
        "coInitiator": {
          "$ref": "#/$defs/roleDegree"
        }
      },
      "required": [
        "coInitiator",
        "coDesigner",
        "coImplementer"
      ],
      "type": "object"
    },
    "contact": {
      "additionalProperties": false,
      "properties": {
        "email": {
          "type": "string"
        },
        "person": {
          "type": "string"
        },
        "phone": {
          "type": "string"
        },
        "role": {
          "type": "string"
        }
      },
      "required": [
        "email",
        "person",
        "phone",
        "role"
      ],
      "type": "object"
    },
    "day": {
      "description": "A calendar day, ISO YYYY-MM-DD.",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "type": "string"
    },
    "direction": {
      "description": "Which way is better.",
      "enum": [
        "higherIsBetter",
        "lowerIsBetter"
      ],
      "type": "string"
    },
    "document": {
      "additionalProperties": false,
      "description": "Everything one project file holds.",
      "properties": {
        "answers": {
          "items": {
            "$ref": "#/$defs/answer"
          },
          "type": "array"
        },
        "evaluations": {
          "items": {
            "$ref": "#/$defs/evaluationEntry"
          },
          "type": "array"
        },
        "goals": {
          "items": {
            "$ref": "#/$defs/goal"
          },
          "type": "array"
        },
        "impactSteps": {
          "items": {
            "$ref": "#/$defs/impactStep"
          },
          "type": "array"
        },
        "indicators": {
          "items": {
            "$ref": "#/$defs/indicator"
          },
          "type": "array"
        },
        "measurements": {
          "items": {
            "$ref": "#/$defs/measurement"
          },
          "type": "array"
        },
        "partners": {
          "items": {
            "$ref": "#/$defs/partner"
          },
          "type": "array"
        },
        "project": {
          "$ref": "#/$defs/project"
        },
        "respondents": {
          "items": {
            "$ref": "#/$defs/respondent"
          },
          "type": "array"
        },
        "rounds": {
          "items": {
            "$ref": "#/$defs/assessmentRound"
          },
          "type": "array"
        },
        "subGoals": {
          "items": {
            "$ref": "#/$defs/subGoal"
          },
          "type": "array"
        },
        "workshop": {
          "$ref": "#/$defs/workshopAgenda"
        }
      },
      "required": [
        "answers",
        "evaluations",
        "goals",
        "impactSteps",
        "indicators",
        "measurements",
        "partners",
        "project",
        "respondents",
        "rounds",
        "subGoals"
      ],
      "type": "object"
    },
    "evaluationEntry": {
      "additionalProperties": false,
      "properties": {
        "adjusted": {
          "type": "string"
        },
        "date": {
          "$ref": "#/$defs/day"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "indicatorIDs": {
          "items": {
            "$ref": "#/$defs/uuid"
          },
          "type": "array"
        },
        "learned": {
          "type": "string"
        },
        "wentWrong": {
          "type": "string"
        }
      },
      "required": [
        "adjusted",
        "date",
        "id",
        "indicatorIDs",
        "learned",
        "wentWrong"
      ],
      "type": "object"
    },
    "evidence": {
      "description": "Why a link of the theory of change is believed.",
      "enum": [
        "assumption",
        "experience",
        "research"
      ],
      "type": "string"
    },
    "frequency": {
      "description": "How often an indicator is measured.",
      "enum": [
        "monthly",
        "quarterly",
        "halfYearly",
        "yearly",
        "once",
        "asNeeded"
      ],
      "type": "string"
    },
    "goal": {
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "position": {
          "type": "integer"
        },
        "text": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "position",
        "text"
      ],
      "type": "object"
    },
    "impactStep": {
      "additionalProperties": false,
      "description": "One of SoImpact's ten steps (kind 1-10).",
      "properties": {
        "content": {
          "type": "string"
        },
        "isDone": {
          "type": "boolean"
        },
        "kind": {
          "maximum": 10,
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "content",
        "isDone",
        "kind"
      ],
      "type": "object"
    },
    "indicator": {
      "additionalProperties": false,
      "properties": {
        "baseline": {
          "$ref": "#/$defs/referencePoint"
        },
        "catalogueID": {
          "type": [
            "string",
            "null"
          ]
        },
        "dataSource": {
          "type": "string"
        },
        "direction": {
          "$ref": "#/$defs/direction"
        },
        "frequency": {
          "$ref": "#/$defs/frequency"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "isKey": {
          "type": "boolean"
        },
        "kind": {
          "$ref": "#/$defs/indicatorKind"
        },
        "level": {
          "$ref": "#/$defs/indicatorLevel"
        },
        "method": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "responsiblePartnerID": {
          "anyOf": [
            {
              "$ref": "#/$defs/uuid"
            },
            {
              "type": "null"
            }
          ]
        },
        "target": {
          "$ref": "#/$defs/referencePoint"
        },
        "targetHistory": {
          "items": {
            "$ref": "#/$defs/targetRevision"
          },
          "type": "array"
        },
        "unit": {
          "type": "string"
        }
      },
      "required": [
        "baseline",
        "dataSource",
        "direction",
        "frequency",
        "id",
        "isKey",
        "kind",
        "level",
        "method",
        "name",
        "target",
        "unit"
      ],
      "type": "object"
    },
    "indicatorKind": {
      "description": "Counted or described.",
      "enum": [
        "quantitative",
        "qualitative"
      ],
      "type": "string"
    },
    "indicatorLevel": {
      "description": "Level of the results chain.",
      "enum": [
        "output",
        "outcome",
        "impact",
        "societal"
      ],
      "type": "string"
    },
    "inputKind": {
      "description": "Hours, kroner (NOK), rooms or something else.",
      "enum": [
        "hours",
        "money",
        "rooms",
        "other"
      ],
      "type": "string"
    },
    "matrixCell": {
      "additionalProperties": false,
      "description": "A cell of the thin/thick matrix.",
      "properties": {
        "delivery": {
          "$ref": "#/$defs/responsibility"
        },
        "planning": {
          "$ref": "#/$defs/responsibility"
        }
      },
      "required": [
        "delivery",
        "planning"
      ],
      "type": "object"
    },
    "measurement": {
      "additionalProperties": false,
      "properties": {
        "comment": {
          "type": "string"
        },
        "date": {
          "$ref": "#/$defs/day"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "indicatorID": {
          "$ref": "#/$defs/uuid"
        },
        "note": {
          "type": "string"
        },
        "source": {
          "type": "string"
        },
        "value": {
          "description": "A finite number of magnitude at most 10^15 (Measurement.valueRange).",
          "maximum": 1000000000000000,
          "minimum": -1000000000000000,
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [
        "comment",
        "date",
        "id",
        "indicatorID",
        "note",
        "source"
      ],
      "type": "object"
    },
    "municipality": {
      "additionalProperties": false,
      "description": "A municipality by its official four-digit number.",
      "properties": {
        "name": {
          "type": "string"
        },
        "number": {
          "type": "string"
        }
      },
      "required": [
        "name",
        "number"
      ],
      "type": "object"
    },
    "partner": {
      "additionalProperties": false,
      "description": "A partner (aktør); fields other than id, name and sector may be left out.",
      "properties": {
        "anchorPoints": {
          "items": {
            "$ref": "#/$defs/anchorPoint"
          },
          "type": "array"
        },
        "citizenRoles": {
          "items": {
            "$ref": "#/$defs/citizenRole"
          },
          "type": "array",
          "uniqueItems": true
        },
        "competences": {
          "type": "string"
        },
        "contact": {
          "$ref": "#/$defs/contact"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "name": {
          "type": "string"
        },
        "ownAgenda": {
          "type": "string"
        },
        "resources": {
          "type": "string"
        },
        "sector": {
          "$ref": "#/$defs/sector"
        }
      },
      "required": [
        "id",
        "name",
        "sector"
      ],
      "type": "object"
    },
    "period": {
      "additionalProperties": false,
      "description": "A span of days; either end may be open.",
      "properties": {
        "end": {
          "anyOf": [
            {
              "$ref": "#/$defs/day"
            },
            {
              "type": "null"
            }
          ]
        },
        "start": {
          "anyOf": [
            {
              "$ref": "#/$defs/day"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [],
      "type": "object"
    },
    "phaseChange": {
      "additionalProperties": false,
      "properties": {
        "date": {
          "$ref": "#/$defs/day"
        },
        "phase": {
          "$ref": "#/$defs/circlePhase"
        }
      },
      "required": [
        "date",
        "phase"
      ],
      "type": "object"
    },
    "project": {
      "additionalProperties": false,
      "description": "The co-creation project.",
      "properties": {
        "activities": {
          "items": {
            "$ref": "#/$defs/activity"
          },
          "type": "array"
        },
        "anonymityThreshold": {
          "description": "Fewest respondents before a field's results are shown (1-20).",
          "maximum": 20,
          "minimum": 1,
          "type": "integer"
        },
        "cell": {
          "anyOf": [
            {
              "$ref": "#/$defs/matrixCell"
            },
            {
              "type": "null"
            }
          ]
        },
        "circlePhase": {
          "anyOf": [
            {
              "$ref": "#/$defs/circlePhase"
            },
            {
              "type": "null"
            }
          ]
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "municipality": {
          "anyOf": [
            {
              "$ref": "#/$defs/municipality"
            },
            {
              "type": "null"
            }
          ]
        },
        "name": {
          "type": "string"
        },
        "period": {
          "$ref": "#/$defs/period"
        },
        "phaseHistory": {
          "items": {
            "$ref": "#/$defs/phaseChange"
          },
          "type": "array"
        },
        "problem": {
          "type": "string"
        },
        "resultLinks": {
          "items": {
            "$ref": "#/$defs/resultLink"
          },
          "type": "array"
        },
        "staircase": {
          "items": {
            "$ref": "#/$defs/staircasePosition"
          },
          "type": "array"
        },
        "targetGroups": {
          "items": {
            "$ref": "#/$defs/targetGroup"
          },
          "type": "array"
        },
        "theoryOfChange": {
          "type": "string"
        },
        "vision": {
          "type": "string"
        }
      },
      "required": [
        "activities",
        "anonymityThreshold",
        "id",
        "name",
        "period",
        "phaseHistory",
        "problem",
        "staircase",
        "targetGroups",
        "theoryOfChange",
        "vision"
      ],
      "type": "object"
    },
    "referencePoint": {
      "additionalProperties": false,
      "properties": {
        "date": {
          "anyOf": [
            {
              "$ref": "#/$defs/day"
            },
            {
              "type": "null"
            }
          ]
        },
        "value": {
          "description": "A finite number of magnitude at most 10^15 (Measurement.valueRange).",
          "maximum": 1000000000000000,
          "minimum": -1000000000000000,
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [],
      "type": "object"
    },
    "respondent": {
      "additionalProperties": false,
      "properties": {
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "label": {
          "type": "string"
        },
        "partnerID": {
          "anyOf": [
            {
              "$ref": "#/$defs/uuid"
            },
            {
              "type": "null"
            }
          ]
        },
        "roundID": {
          "$ref": "#/$defs/uuid"
        }
      },
      "required": [
        "id",
        "label",
        "roundID"
      ],
      "type": "object"
    },
    "responsibility": {
      "description": "Who carries a responsibility in the thin/thick matrix.",
      "enum": [
        "professionals",
        "together",
        "civilSociety"
      ],
      "type": "string"
    },
    "resultLink": {
      "additionalProperties": false,
      "description": "A link of the theory of change: from an activity or indicator (from) to an indicator (to).",
      "properties": {
        "evidence": {
          "$ref": "#/$defs/evidence"
        },
        "from": {
          "$ref": "#/$defs/uuid"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "note": {
          "type": "string"
        },
        "since": {
          "anyOf": [
            {
              "$ref": "#/$defs/day"
            },
            {
              "type": "null"
            }
          ]
        },
        "to": {
          "$ref": "#/$defs/uuid"
        }
      },
      "required": [
        "evidence",
        "from",
        "id",
        "note",
        "to"
      ],
      "type": "object"
    },
    "roleDegree": {
      "description": "How far citizens hold a role in an activity.",
      "enum": [
        "not",
        "partly",
        "fully"
      ],
      "type": "string"
    },
    "sector": {
      "description": "The kind of actor a partner is.",
      "enum": [
        "municipality",
        "publicAgency",
        "business",
        "civilSociety",
        "socialEntrepreneur",
        "citizens",
        "research"
      ],
      "type": "string"
    },
    "staircasePosition": {
      "additionalProperties": false,
      "properties": {
        "area": {
          "type": "string"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "step": {
          "$ref": "#/$defs/staircaseStep"
        }
      },
      "required": [
        "area",
        "id",
        "step"
      ],
      "type": "object"
    },
    "staircaseStep": {
      "description": "A step of the co-creating municipality.",
      "enum": [
        "curious",
        "inviting",
        "ambitious",
        "mature",
        "coCreating"
      ],
      "type": "string"
    },
    "subGoal": {
      "additionalProperties": false,
      "description": "A partner's sub-goal; partnerID must name a partner in the file.",
      "properties": {
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "partnerID": {
          "$ref": "#/$defs/uuid"
        },
        "text": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "partnerID",
        "text"
      ],
      "type": "object"
    },
    "targetGroup": {
      "additionalProperties": false,
      "properties": {
        "description": {
          "type": "string"
        },
        "estimatedSize": {
          "minimum": 0,
          "type": [
            "integer",
            "null"
          ]
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "name": {
          "type": "string"
        },
        "participation": {
          "type": "string"
        }
      },
      "required": [
        "description",
        "id",
        "name"
      ],
      "type": "object"
    },
    "targetRevision": {
      "additionalProperties": false,
      "description": "An indicator's target, definition and method before a change, and why it changed.",
      "properties": {
        "changedOn": {
          "$ref": "#/$defs/day"
        },
        "method": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "reason": {
          "type": "string"
        },
        "target": {
          "$ref": "#/$defs/referencePoint"
        }
      },
      "required": [
        "changedOn",
        "method",
        "name",
        "reason",
        "target"
      ],
      "type": "object"
    },
    "uuid": {
      "description": "A stable id (UUID).",
      "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
      "type": "string"
    },
    "workshopAgenda": {
      "additionalProperties": false,
      "description": "The workshop's agenda: its screens in order, the screen on show, the short round's statements, the groups compared and the theme.",
      "properties": {
        "currentScreenID": {
          "$ref": "#/$defs/uuid"
        },
        "groups": {
          "items": {
            "$ref": "#/$defs/workshopGroup"
          },
          "type": "array"
        },
        "screens": {
          "items": {
            "$ref": "#/$defs/workshopScreen"
          },
          "type": "array"
        },
        "shortRoundStatements": {
          "items": {
            "type": "string"
          },
          "type": "array"
        },
        "theme": {
          "description": "The colours the workshop is shown in; a file without it is shown dark.",
          "enum": [
            "dark",
            "light",
            "contrast"
          ],
          "type": "string"
        }
      },
      "required": [
        "groups",
        "screens",
        "shortRoundStatements"
      ],
      "type": "object"
    },
    "workshopGroup": {
      "additionalProperties": false,
      "description": "A group of partners by sector, named by the coordinator.",
      "properties": {
        "name": {
          "type": "string"
        },
        "sectors": {
          "items": {
            "$ref": "#/$defs/sector"
          },
          "type": "array"
        }
      },
      "required": [
        "name",
        "sectors"
      ],
      "type": "object"
    },
    "workshopScreen": {
      "additionalProperties": false,
      "description": "One screen of the workshop's agenda; the fields a kind does not use keep their defaults.",
      "properties": {
        "allOnOneScreen": {
          "type": "boolean"
        },
        "decisions": {
          "type": "string"
        },
        "expectedCount": {
          "minimum": 0,
          "type": "integer"
        },
        "id": {
          "$ref": "#/$defs/uuid"
        },
        "indicatorID": {
          "$ref": "#/$defs/uuid"
        },
        "isRevealed": {
          "type": "boolean"
        },
        "isShortRound": {
          "type": "boolean"
        },
        "kind": {
          "$ref": "#/$defs/workshopScreenKind"
        },
        "notes": {
          "type": "string"
        },
        "previousRoundID": {
          "$ref": "#/$defs/uuid"
        },
        "resultLevel": {
          "type": "string"
        },
        "roomCounts": {
          "items": {
            "minimum": 0,
            "type": "integer"
          },
          "type": "array"
        },
        "roomNotes": {
          "items": {
            "type": "string"
          },
          "type": "array"
        },
        "roundID": {
          "$ref": "#/$defs/uuid"
        },
        "seconds": {
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "allOnOneScreen",
        "decisions",
        "expectedCount",
        "id",
        "isRevealed",
        "isShortRound",
        "kind",
        "notes",
        "roomCounts",
        "roomNotes",
        "seconds"
      ],
      "type": "object"
    },
    "workshopScreenKind": {
      "description": "What a workshop screen shows.",
      "enum": [
        "title",
        "model",
        "rating",
        "reveal",
        "groups",
        "position",
        "mental-rooms",
        "indicators",
        "timer",
        "decisions"
      ],
      "type": "string"
    }
  },
  "$id": "https://samskap.example/schema/project-v1.schema.json",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "additionalProperties": false,
  "description": "A Samskap project as exported by `samskap export-json` and read by `samskap import-json`. Ids must be unique within each list and every reference (partnerID, indicatorID, roundID, respondentID) must name a record in the file; Samskap checks these on import, beyond what this schema can say. A key may appear only once in an object.",
  "properties": {
    "document": {
      "$ref": "#/$defs/document"
    },
    "format": {
      "const": "samskap-project"
    },
    "formatVersion": {
      "const": 1
    }
  },
  "required": [
    "format",
    "formatVersion",
    "document"
  ],
  "title": "Samskap project, exchange format version 1",
  "type": "object"
}

"""#
}
