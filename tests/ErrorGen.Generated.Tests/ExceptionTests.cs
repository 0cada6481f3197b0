using System;
using Examples.CardPayments;
using Seeds.ApiPortal;
using Seeds.TaskMarket;

namespace ErrorGen.Generated.Tests;

public class ExceptionTests
{
    [Fact]
    public void A_factory_creates_the_module_exception_with_the_catalog_message()
    {
        var exception = TaskMarketCode.InsufficientBalance.ToException();
        Assert.IsType<TaskMarketWalletException>(exception);
        Assert.Equal(TaskMarketCode.InsufficientBalance, exception.Code);
        Assert.Equal(409, exception.HttpStatus);
        Assert.Equal("Insufficient balance", exception.Message);
        Assert.Empty(exception.Arguments);
        Assert.Same(TaskMarketCode.InsufficientBalance.GetInfo(), exception.Info);
    }

    [Fact]
    public void Module_exceptions_catch_their_module_and_when_filters_catch_one_code()
    {
        static string Handle(Exception thrown)
        {
            try
            {
                throw thrown;
            }
            catch (TaskMarketWalletException e) when (e.Code == TaskMarketCode.WithdrawInsufficient)
            {
                return "withdraw";
            }
            catch (TaskMarketWalletException)
            {
                return "wallet";
            }
            catch (TaskMarketException)
            {
                return "catalog";
            }
        }

        Assert.Equal("withdraw", Handle(TaskMarketCode.WithdrawInsufficient.ToException()));
        Assert.Equal("wallet", Handle(TaskMarketCode.WalletOperation.ToException()));
        Assert.Equal("catalog", Handle(TaskMarketCode.OrderTimeout.ToException()));
    }

    [Fact]
    public void Templated_factories_take_typed_parameters_and_keep_the_arguments_as_data()
    {
        var exception = CardPaymentsExceptions.AmountTooSmall(minimum: 0.5m, currency: "EUR");
        Assert.Equal("The amount must be at least 0.5 EUR.", exception.Message);
        Assert.Equal(0.5m, exception.Arguments["minimum"]);
        Assert.Equal("EUR", exception.Arguments["currency"]);
        Assert.Equal(CardPaymentsCode.AmountTooSmall, exception.Code);
    }

    [Fact]
    public void Inner_exceptions_field_errors_and_retry_after_are_kept()
    {
        var inner = new TimeoutException("upstream");
        var exception = ApiPortalCode.RpsLimitExceeded.ToException(inner).WithRetryAfter(TimeSpan.FromSeconds(3));
        Assert.Same(inner, exception.InnerException);
        Assert.Equal(TimeSpan.FromSeconds(3), exception.RetryAfter);

        var validation = TaskMarketCode.ValidationError.ToException().WithFieldErrors(new System.Collections.Generic.Dictionary<string, string[]> { ["email"] = new[] { "required" } });
        Assert.Equal(new[] { "required" }, validation.FieldErrors!["email"]);
    }

    [Fact]
    public void Field_errors_come_from_any_dictionary_of_field_to_messages()
    {
        // FluentValidation's ToDictionary() and ASP.NET Core's validation errors are IDictionary; immutable and
        // concurrent dictionaries are both IDictionary and IReadOnlyDictionary. Each must compile and be copied.
        System.Collections.Generic.IDictionary<string, string[]> fluent = new System.Collections.Generic.Dictionary<string, string[]> { ["email"] = new[] { "required" } };
        var immutable = System.Collections.Immutable.ImmutableDictionary<string, string[]>.Empty.Add("password", new[] { "too short" });
        var concurrent = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>();
        concurrent["name"] = new[] { "taken" };

        var fromFluent = TaskMarketCode.ValidationError.ToException().WithFieldErrors(fluent);
        fluent["email"] = new[] { "changed after it was attached" };
        Assert.Equal(new[] { "required" }, fromFluent.FieldErrors!["email"]);
        Assert.Equal(new[] { "too short" }, TaskMarketCode.ValidationError.ToException().WithFieldErrors(immutable).FieldErrors!["password"]);
        Assert.Equal(new[] { "taken" }, TaskMarketCode.ValidationError.ToException().WithFieldErrors(concurrent).FieldErrors!["name"]);

        var kept = TaskMarketCode.ValidationError.ToException().WithFieldErrors(new[] { new System.Collections.Generic.KeyValuePair<string, string[]>("a", new[] { "x" }) });
        Assert.Equal(new[] { "x" }, kept.FieldErrors!["a"]);
        Assert.Throws<ArgumentNullException>(() => TaskMarketCode.ValidationError.ToException().WithFieldErrors(null!));
    }

    [Fact]
    public void Create_picks_the_module_type_from_the_code()
    {
        Assert.IsType<ApiPortalPaymentException>(ApiPortalException.Create(ApiPortalCode.OrderExpired));
        Assert.IsType<ApiPortalException>(new ApiPortalException(ApiPortalCode.OrderExpired));
        Assert.IsType<ApiPortalGlobalException>(ApiPortalException.Create(ApiPortalCode.Forbidden));
    }
}
